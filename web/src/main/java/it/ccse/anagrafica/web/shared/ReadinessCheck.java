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
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and the SMTP server accepts connections (/health/ready). It lives
 * in the web module: on Payara 6.2025.9 a check in the EJB module was not discovered.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  private static final int TIMEOUT_MS = 2000;

  @Resource(lookup = DatabaseSchema.DATASOURCE)
  private DataSource dataSource;

  @Inject private SmtpMailer mailer;

  @Override
  public HealthCheckResponse call() {
    boolean database = databaseAnswers();
    boolean mail = smtpAnswers();
    return HealthCheckResponse.named("anagrafica")
        .status(database && mail)
        .withData("database", database)
        .withData("smtp", mailer.host() + ":" + mailer.port() + (mail ? " up" : " down"))
        .build();
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
