package it.ccse.anagrafica.notifications.infrastructure;

import it.ccse.anagrafica.notifications.domain.MailAttachment;
import it.ccse.anagrafica.notifications.domain.Mailer;
import it.ccse.anagrafica.notifications.domain.OutboxMessage;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends outbox messages over SMTP, configured by MicroProfile Config (anagrafica.mail.*): plain
 * text, or with files (OP-2) a multipart/mixed message of the text and one part per file.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

  @Inject
  @ConfigProperty(name = "anagrafica.mail.host")
  private String host;

  @Inject
  @ConfigProperty(name = "anagrafica.mail.port")
  private int port;

  @Inject
  @ConfigProperty(name = "anagrafica.mail.from")
  private String from;

  /** Unset (the default) for relays that need no authentication. */
  @Inject
  @ConfigProperty(name = "anagrafica.mail.user")
  private Optional<String> user;

  @Inject
  @ConfigProperty(name = "anagrafica.mail.password")
  private Optional<String> password;

  @Inject
  @ConfigProperty(name = "anagrafica.mail.starttls")
  private boolean starttls;

  @Inject
  @ConfigProperty(name = "anagrafica.mail.timeout-ms")
  private int timeoutMs;

  @Override
  public void send(OutboxMessage message, List<MailAttachment> attachments)
      throws MessagingException {
    var mime = new StableIdMessage(session(), message.getMessageId());
    mime.setFrom(new InternetAddress(from));
    mime.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(message.getRecipient()));
    mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
    if (attachments.isEmpty()) {
      mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
    } else {
      mime.setContent(multipart(message.getBody(), attachments));
    }
    Transport.send(mime);
  }

  /**
   * The text first, then each file with its name and detected type, always in base64: a file that
   * happens to be ASCII (a PDF may be) would otherwise travel as text, and SMTP would turn its line
   * ends into CRLF, changing its bytes and its SHA-256.
   */
  static MimeMultipart multipart(String body, List<MailAttachment> attachments)
      throws MessagingException {
    var multipart = new MimeMultipart("mixed");
    var text = new MimeBodyPart();
    text.setText(body, StandardCharsets.UTF_8.name());
    multipart.addBodyPart(text);
    for (MailAttachment file : attachments) {
      var part = new MimeBodyPart();
      part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.bytes(), file.mediaType())));
      part.setFileName(file.fileName());
      part.setDisposition(MimeBodyPart.ATTACHMENT);
      part.setHeader("Content-Transfer-Encoding", "base64");
      multipart.addBodyPart(part);
    }
    return multipart;
  }

  /** Host and port only: what the readiness check probes. */
  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  private Session session() {
    var props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMs));
    props.put("mail.smtp.timeout", String.valueOf(timeoutMs));
    props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    if (user.isEmpty()) {
      return Session.getInstance(props);
    }
    props.put("mail.smtp.auth", "true");
    return Session.getInstance(
        props,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(user.get(), password.orElse(""));
          }
        });
  }

  /** Keeps the Message-ID chosen when the message entered the outbox. */
  private static final class StableIdMessage extends MimeMessage {
    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
