package it.ccse.anagrafica.notifications.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail written in the same transaction as its cause and delivered later. Its Message-ID is
 * fixed at creation, so a retry after an unknown outcome is recognisable as the same message. It
 * may carry files of the attachment store (OP-2), named in rows written with it and read at
 * delivery.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)]");

  /** A link with a token grants access to an account: it belongs to the recipient alone. */
  private static final Pattern PERSONAL = Pattern.compile("[?&]token=");

  static final String PERSONAL_LINK_WITHHELD =
      "[collegamento personale, visibile solo al destinatario"
          + " / personal link, visible to the recipient only]";

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

  @ElementCollection
  @CollectionTable(
      name = "outbox_attachment",
      joinColumns = @JoinColumn(name = "outbox_message_id"))
  @OrderColumn(name = "attachment_order")
  private List<OutboxAttachment> attachments = new ArrayList<>();

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

  /** A message with files of the attachment store, sent as its attachments in this order. */
  public OutboxMessage(
      String recipient,
      String subject,
      String body,
      String domain,
      LocalDateTime now,
      List<OutboxAttachment> attachments) {
    this(recipient, subject, body, domain, now);
    this.attachments.addAll(attachments);
  }

  /** Delivered: the stored body no longer needs the personal links, so it keeps them no more. */
  public void markSent(LocalDateTime now, LinkDisclosure disclosure) {
    attempts++;
    status = OutboxStatus.SENT;
    sentAt = now;
    lastError = null;
    body = body(disclosure);
  }

  /**
   * Schedules the next attempt with backoff, or gives up after the last one and then, like a
   * delivered message, forgets the personal links.
   */
  public void markFailed(
      LocalDateTime now, String error, RetryPolicy policy, LinkDisclosure disclosure) {
    attempts++;
    lastError =
        error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= policy.maxAttempts()) {
      status = OutboxStatus.FAILED;
      body = body(disclosure);
    } else {
      nextAttemptAt = now.plus(policy.delayAfter(attempts));
    }
  }

  /** The body as staff may read it on "Posta inviata". */
  public String body(LinkDisclosure disclosure) {
    if (disclosure.showsPersonalLinks()) {
      return body;
    }
    return LINK.matcher(body)
        .replaceAll(
            link ->
                Matcher.quoteReplacement(
                    PERSONAL.matcher(link.group()).find() ? PERSONAL_LINK_WITHHELD : link.group()));
  }

  /** The links staff may follow, e.g. to the help page or, in the demo, an activation link. */
  public List<String> links(LinkDisclosure disclosure) {
    return LINK.matcher(body(disclosure)).results().map(m -> m.group()).toList();
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

  /** What the recipient receives; staff read {@link #body(LinkDisclosure)}. */
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

  /** The files it carries, in order; none for a plain message. */
  public List<OutboxAttachment> getAttachments() {
    return List.copyOf(attachments);
  }
}
