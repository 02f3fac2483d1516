package it.ccse.anagrafica.web.batch;

import it.ccse.anagrafica.reconciliation.application.RegisterUploadView;
import it.ccse.anagrafica.reconciliation.application.RegisterUploads;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;

/**
 * AD-4 "Console batch", the Business Register extracts: upload one, choose which one to import, and
 * how far through its file a running import is.
 */
@Named
@ViewScoped
public class ExtractUploads implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RegisterUploads uploads;
  @Inject private BatchConsole console;
  @Inject private CurrentUser user;
  @Inject private Messages messages;

  private List<RegisterUploadView> files;
  private Long selectedUpload;

  /** The newest uploads; the newest is chosen unless one already is. */
  void load(int history) {
    files = uploads.recent(history);
    if (selectedUpload == null && !files.isEmpty()) {
      selectedUpload = files.get(0).id();
    }
  }

  public void upload(FileUploadEvent event) {
    try (var content = event.getFile().getInputStream()) {
      var stored = uploads.store(event.getFile().getFileName(), content, user.username());
      selectedUpload = stored.id();
      messages.info(null, "batch.uploaded", stored.fileName(), stored.dataLines());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    console.load();
  }

  /** The upload chosen for the import. */
  Optional<RegisterUploadView> selected() {
    return files.stream().filter(f -> f.id().equals(selectedUpload)).findFirst();
  }

  /** How far through its file a running import is, when the file was uploaded here. */
  public Integer percent(JobRun run) {
    if (run.progress() == null) {
      return null;
    }
    return files.stream()
        .filter(f -> Objects.equals(f.storedPath(), run.getFile()))
        .findFirst()
        .map(f -> f.percentOf(run.progress().read()))
        .orElse(null);
  }

  public List<RegisterUploadView> getFiles() {
    return files;
  }

  public Long getSelectedUpload() {
    return selectedUpload;
  }

  public void setSelectedUpload(Long selectedUpload) {
    this.selectedUpload = selectedUpload;
  }
}
