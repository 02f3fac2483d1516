package it.ccse.anagrafica.notifications.application;

import it.ccse.anagrafica.notifications.domain.LinkDisclosure;
import it.ccse.anagrafica.notifications.domain.OutboxMessage;
import it.ccse.anagrafica.notifications.domain.OutboxStatus;
import java.time.LocalDateTime;
import java.util.List;

/** One row of "Posta inviata": the body and links as staff may read them. */
public record OutboxEntry(
    Long id,
    String messageId,
    String recipient,
    String subject,
    String body,
    List<String> links,
    OutboxStatus status,
    int attempts,
    LocalDateTime createdAt,
    LocalDateTime sentAt,
    String lastError) {

  public static OutboxEntry of(OutboxMessage m, LinkDisclosure disclosure) {
    return new OutboxEntry(
        m.getId(),
        m.getMessageId(),
        m.getRecipient(),
        m.getSubject(),
        m.body(disclosure),
        m.links(disclosure),
        m.getStatus(),
        m.getAttempts(),
        m.getCreatedAt(),
        m.getSentAt(),
        m.getLastError());
  }
}
