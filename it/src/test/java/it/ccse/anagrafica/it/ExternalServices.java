package it.ccse.anagrafica.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the real PostgreSQL and SMTP server the test domain was configured for (config/ templates
 * rendered with these ports), before any test engine runs, and stops them at the end.
 */
public class ExternalServices implements LauncherSessionListener {

  private static final Pattern LINK = Pattern.compile("https?://\\S+token=[A-Za-z0-9_-]+");

  private static EmbeddedPostgres postgres;
  private static GreenMail smtp;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    int pgPort = Integer.getInteger("it.pg.port", 25432);
    int smtpPort = Integer.getInteger("it.smtp.port", 25025);
    requireFree(pgPort);
    requireFree(smtpPort);
    Path target = Path.of(System.getProperty("it.target", "target"));
    try {
      Path data = target.resolve("pg-data");
      deleteTree(data);
      postgres =
          EmbeddedPostgres.builder()
              .setPort(pgPort)
              .setOverrideWorkingDirectory(target.resolve("pg-work").toFile())
              .setDataDirectory(data.toFile())
              .setCleanDataDirectory(true)
              // Jakarta Batch chunks run XA transactions (DESIGN.md §3).
              .setServerConfig("max_prepared_transactions", "20")
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    startSmtp();
    System.out.printf("PostgreSQL on %d and SMTP (GreenMail) on %d started%n", pgPort, smtpPort);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (smtp != null) {
      smtp.stop();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The portal's database, read by client-side tests only (the security suite's fingerprint). */
  public static DataSource database() {
    return postgres.getPostgresDatabase();
  }

  /** The SMTP server the portal delivers to; for client-side tests only. */
  public static GreenMail smtp() {
    return smtp;
  }

  /** The first link of the newest e-mail to {@code recipient}, waiting for the outbox timer. */
  public static String linkInMailTo(String recipient, int seconds) throws Exception {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    while (System.currentTimeMillis() < deadline) {
      for (var message : smtp.getReceivedMessages()) {
        if (message.getAllRecipients()[0].toString().equals(recipient)) {
          var matcher = LINK.matcher((String) message.getContent());
          if (matcher.find()) {
            return matcher.group();
          }
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "No e-mail with a link reached " + recipient + " in " + seconds + " s");
  }

  /**
   * Subjects of the e-mails received for {@code recipient}, once at least {@code count} arrived (or
   * the time is up), plus a short wait so that a duplicate would be counted too.
   */
  public static List<String> subjectsOfMailTo(String recipient, int seconds, int count)
      throws Exception {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    while (receivedSubjects(recipient).size() < count && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    Thread.sleep(2_000);
    return receivedSubjects(recipient);
  }

  private static List<String> receivedSubjects(String recipient) throws Exception {
    List<String> subjects = new ArrayList<>();
    for (var message : smtp.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().equals(recipient)) {
        subjects.add(message.getSubject());
      }
    }
    return subjects;
  }

  /**
   * The attachments (file name → bytes, in order) of each e-mail received for {@code recipient}
   * whose subject contains {@code subjectPart}, once at least {@code count} arrived (or the time is
   * up), plus a short wait so that a duplicate would be counted too.
   */
  public static List<Map<String, byte[]>> attachmentsOfMailTo(
      String recipient, String subjectPart, int seconds, int count) throws Exception {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    while (attachments(recipient, subjectPart).size() < count
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    Thread.sleep(2_000);
    return attachments(recipient, subjectPart);
  }

  private static List<Map<String, byte[]>> attachments(String recipient, String subjectPart)
      throws Exception {
    List<Map<String, byte[]>> mails = new ArrayList<>();
    for (var message : smtp.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().equals(recipient)
          && message.getSubject().contains(subjectPart)) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (message.getContent() instanceof Multipart multipart) {
          for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
              try (var in = part.getInputStream()) {
                files.put(part.getFileName(), in.readAllBytes());
              }
            }
          }
        }
        mails.add(files);
      }
    }
    return mails;
  }

  /** Takes the SMTP server away, as an outage would. */
  public static void stopSmtp() {
    smtp.stop();
  }

  /** Brings it back on the same port (an empty mailbox). */
  public static void startSmtp() {
    int port = Integer.getInteger("it.smtp.port", 25025);
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  private static void requireFree(int port) {
    try (var socket = new ServerSocket(port)) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new IllegalStateException("Port " + port + " is taken: stop what uses it first", e);
    }
  }

  private static void deleteTree(Path path) throws IOException {
    if (Files.exists(path)) {
      try (var files = Files.walk(path)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
