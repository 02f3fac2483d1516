package it.ccse.anagrafica.notifications.application;

import java.util.Collection;
import java.util.List;

/** In-account notifications (CD-3) with the unread counter of the header. */
public interface NotificationService {

  /** Writes a notification for every account of the company, in the caller's transaction. */
  void notifyCompany(Long companyId, String titleKey, String body, String link);

  /** The same notification for the accounts of many companies, a thousand companies per query. */
  void notifyCompanies(Collection<Long> companyIds, String titleKey, String body, String link);

  long unreadCount(String username);

  /** Newest first, the unread ones flagged; reading the list changes nothing. */
  List<NotificationEntry> list(String username);

  /** The user's explicit "Segna tutte come lette". */
  void markAllRead(String username);
}
