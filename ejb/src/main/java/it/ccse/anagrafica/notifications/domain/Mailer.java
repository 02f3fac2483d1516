package it.ccse.anagrafica.notifications.domain;

import jakarta.mail.MessagingException;

/** Hands one outbox message to the mail server, with its fixed Message-ID (port; SMTP today). */
public interface Mailer {

  /** Sent, or a {@link MessagingException} saying why not (the outbox retries it). */
  void send(OutboxMessage message) throws MessagingException;
}
