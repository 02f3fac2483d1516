package it.ccse.anagrafica.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An in-account message (CD-3). The title is a message key, so it reads in the user's language; the
 * body carries free text such as a rejection reason.
 */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(nullable = false)
  private String title;

  private String body;
  private String link;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "read_at")
  private LocalDateTime readAt;

  protected Notification() {}

  public Notification(
      Long accountId, String titleKey, String body, String link, LocalDateTime now) {
    this.accountId = accountId;
    this.title = titleKey;
    this.body = body;
    this.link = link;
    this.createdAt = now;
  }

  public void markRead(LocalDateTime now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getLink() {
    return link;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
