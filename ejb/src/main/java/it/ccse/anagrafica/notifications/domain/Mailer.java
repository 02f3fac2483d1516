package it.ccse.anagrafica.notifications.domain;

import jakarta.mail.MessagingException;
import java.util.List;

/** Hands one outbox message to the mail server, with its fixed Message-ID (port; SMTP today). */
public interface Mailer {

  /**
   * Sent, with {@code attachments} (the message's files as stored, in order; none for a plain
   * message), or a {@link MessagingException} saying why not (the outbox retries it).
   */
  void send(OutboxMessage message, List<MailAttachment> attachments) throws MessagingException;
}
