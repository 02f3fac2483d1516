package it.ccse.anagrafica.notifications.infrastructure;

import it.ccse.anagrafica.shared.application.DependencyProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** The SMTP server accepts a connection (nothing is sent). */
@ApplicationScoped
public class SmtpProbe implements DependencyProbe {

  @Inject private SmtpMailer mailer;

  @Override
  public boolean answers(int timeoutMillis) {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(mailer.host(), mailer.port()), timeoutMillis);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String describe() {
    return "SMTP server " + mailer.host() + ":" + mailer.port();
  }
}
