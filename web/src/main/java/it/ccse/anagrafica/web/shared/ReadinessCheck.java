package it.ccse.anagrafica.web.shared;

import it.ccse.anagrafica.notifications.infrastructure.SmtpMailer;
import it.ccse.anagrafica.shared.infrastructure.persistence.DatabaseSchema;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and the SMTP server accepts connections (/health/ready). It lives
 * in the web module: on Payara 6.2025.9 a check in the EJB module was not discovered. The endpoint
 * is public, so it answers UP or DOWN only (issue 15 finding 8); which dependency failed goes to
 * the server log, once per change.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(ReadinessCheck.class.getName());

  private static final int TIMEOUT_MS = 2000;

  private final AtomicBoolean ready = new AtomicBoolean(true);

  @Resource(lookup = DatabaseSchema.DATASOURCE)
  private DataSource dataSource;

  @Inject private SmtpMailer mailer;

  @Override
  public HealthCheckResponse call() {
    boolean database = databaseAnswers();
    boolean mail = smtpAnswers();
    boolean up = database && mail;
    if (ready.getAndSet(up) != up) {
      LOG.log(
          up ? Level.INFO : Level.WARNING,
          "Readiness {0}: database {1}, SMTP server {2}:{3} {4}",
          new Object[] {
            up ? "UP" : "DOWN",
            database ? "answers" : "does not answer",
            mailer.host(),
            String.valueOf(mailer.port()),
            mail ? "answers" : "does not answer"
          });
    }
    return HealthCheckResponse.named("anagrafica").status(up).build();
  }

  private boolean databaseAnswers() {
    try (var connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_MS / 1000);
    } catch (SQLException e) {
      return false;
    }
  }

  private boolean smtpAnswers() {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(mailer.host(), mailer.port()), TIMEOUT_MS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
