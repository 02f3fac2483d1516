package it.ccse.anagrafica.notifications.application;

import it.ccse.anagrafica.notifications.domain.Notification;
import java.time.LocalDateTime;

public record NotificationEntry(
    String titleKey, String body, String link, LocalDateTime createdAt, boolean unread) {

  public static NotificationEntry of(Notification n) {
    return new NotificationEntry(
        n.getTitle(), n.getBody(), n.getLink(), n.getCreatedAt(), !n.isRead());
  }
}
