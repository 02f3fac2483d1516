package it.ccse.anagrafica.notifications.application;

import java.util.List;
import java.util.Map;

/** Queues e-mails in the caller's transaction and delivers them with retries. */
public interface OutboxService {

  /** Writes the message to the outbox; it is sent only if the caller's transaction commits. */
  void enqueue(String recipient, MailTemplate template, Map<String, String> values);

  /** Queues a test message, so staff can check the mail configuration end to end. */
  void enqueueTestMessage(String recipient, String sender);

  /** Sends the due messages once; the timer and the batch job call this. */
  DeliveryReport deliverDue();

  /** Newest first, for "Posta inviata". */
  List<OutboxEntry> page(int first, int size);

  long count();
}
