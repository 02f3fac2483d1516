package it.ccse.anagrafica.reconciliation.application;

import it.ccse.anagrafica.reconciliation.domain.RegisterUpload;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * AD-4: extracts uploaded from the batch console are kept on disk for the import job (which streams
 * them, and reads them again on a restart) and listed with their number of data lines. Each upload
 * deletes those older than the retention, so that the disk does not fill up (issue 15 finding 6).
 */
@Stateless
@RolesAllowed("ADMIN")
public class RegisterUploads {

  private static final Logger LOG = Logger.getLogger(RegisterUploads.class.getName());

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "anagrafica.batch.upload-dir")
  private Optional<String> uploadDir;

  @Inject
  @ConfigProperty(name = "anagrafica.batch.upload-retention-days")
  private int retentionDays;

  public RegisterUploadView store(String fileName, InputStream content, String uploadedBy) {
    if (fileName == null || !fileName.toLowerCase().matches(".*\\.(csv|txt)")) {
      throw new InvalidValueException("batch.upload.notCsv");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Path target = null;
    try {
      Path dir = Files.createDirectories(directory());
      target = dir.resolve(UUID.randomUUID() + "-" + fileName.replaceAll("[^\\w.-]", "_"));
      long size = Files.copy(content, target);
      var upload =
          new RegisterUpload(fileName, target.toString(), size, dataLines(target), now, uploadedBy);
      em.persist(upload);
      discardUploadedBefore(now.minusDays(retentionDays));
      return RegisterUploadView.of(upload);
    } catch (IOException e) {
      delete(target);
      throw new UncheckedIOException("Storing the extract failed", e);
    }
  }

  private void discardUploadedBefore(LocalDateTime time) {
    em.createQuery(
            "select u from RegisterUpload u where u.uploadedAt < :time", RegisterUpload.class)
        .setParameter("time", time)
        .getResultList()
        .forEach(
            upload -> {
              if (delete(Path.of(upload.getStoredPath()))) {
                em.remove(upload);
              }
            });
  }

  /** Whether the file is gone; one that cannot be deleted now is tried again at the next upload. */
  private static boolean delete(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
      return true;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the extract {0}: {1}", new Object[] {file, e});
      return false;
    }
  }

  /** Newest first. */
  public List<RegisterUploadView> recent(int max) {
    return em.createQuery(
            "select u from RegisterUpload u order by u.uploadedAt desc, u.id desc",
            RegisterUpload.class)
        .setMaxResults(max)
        .getResultStream()
        .map(RegisterUploadView::of)
        .toList();
  }

  private Path directory() {
    return Path.of(
        uploadDir.orElse(
            Path.of(System.getProperty("java.io.tmpdir"), "anagrafica-estratti").toString()));
  }

  /** Lines after the header, counted as bytes go by (the file may be large). */
  private static long dataLines(Path file) throws IOException {
    long lines = 0;
    int last = '\n';
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        last = buffer[n - 1];
      }
    }
    long all = last == '\n' ? lines : lines + 1;
    return Math.max(0, all - 1);
  }
}
