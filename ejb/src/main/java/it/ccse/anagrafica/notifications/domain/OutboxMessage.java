package it.ccse.anagrafica.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An e-mail written in the same transaction as its cause and delivered later. Its Message-ID is
 * fixed at creation, so a retry after an unknown outcome is recognisable as the same message.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)]");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
  @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "message_id", nullable = false, unique = true)
  private String messageId;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutboxStatus status;

  private int attempts;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private LocalDateTime nextAttemptAt;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Column(name = "last_error")
  private String lastError;

  protected OutboxMessage() {}

  public OutboxMessage(
      String recipient, String subject, String body, String domain, LocalDateTime now) {
    this.messageId = "<" + UUID.randomUUID() + "@" + domain + ">";
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.status = OutboxStatus.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public void markSent(LocalDateTime now) {
    attempts++;
    status = OutboxStatus.SENT;
    sentAt = now;
    lastError = null;
  }

  /** Schedules the next attempt with backoff, or gives up after the last one. */
  public void markFailed(LocalDateTime now, String error, RetryPolicy policy) {
    attempts++;
    lastError =
        error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= policy.maxAttempts()) {
      status = OutboxStatus.FAILED;
    } else {
      nextAttemptAt = now.plus(policy.delayAfter(attempts));
    }
  }

  /** The links in the body, e.g. an activation link, for the staff page "Posta inviata". */
  public List<String> links() {
    return LINK.matcher(body).results().map(m -> m.group()).toList();
  }

  public Long getId() {
    return id;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }
}
