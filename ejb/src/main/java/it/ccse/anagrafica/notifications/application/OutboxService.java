package it.ccse.anagrafica.notifications.application;

import it.ccse.anagrafica.notifications.domain.OutboxAttachment;
import java.util.List;
import java.util.Map;

/** Queues e-mails in the caller's transaction and delivers them with retries. */
public interface OutboxService {

  /** Writes the message to the outbox; it is sent only if the caller's transaction commits. */
  void enqueue(String recipient, MailTemplate template, Map<String, String> values);

  /**
   * Like {@link #enqueue(String, MailTemplate, Map)}, with files of the attachment store sent as
   * the e-mail's attachments (OP-2): the rows naming them are written with the message, and their
   * bytes are read when it is delivered, so an SMTP outage delays the message, files and all.
   */
  void enqueue(
      String recipient,
      MailTemplate template,
      Map<String, String> values,
      List<OutboxAttachment> attachments);

  /** Queues a test message, so staff can check the mail configuration end to end. */
  void enqueueTestMessage(String recipient, String sender);

  /**
   * Sends up to a batch of due messages, each in a transaction of its own; the timer and the batch
   * job call this.
   */
  DeliveryReport deliverDue();

  /**
   * Newest first, for "Posta inviata": personal links (a token) are withheld from staff, except in
   * the demo ({@code anagrafica.dev.seed}).
   */
  List<OutboxEntry> page(int first, int size);

  long count();
}
