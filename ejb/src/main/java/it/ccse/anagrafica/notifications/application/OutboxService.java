package it.ccse.anagrafica.notifications.application;

import java.util.List;
import java.util.Map;

/** Queues e-mails in the caller's transaction and delivers them with retries. */
public interface OutboxService {

  /** Writes the message to the outbox; it is sent only if the caller's transaction commits. */
  void enqueue(String recipient, MailTemplate template, Map<String, String> values);

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
