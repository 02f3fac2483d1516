package it.ccse.anagrafica.notifications.application.internal;

import it.ccse.anagrafica.notifications.application.NotificationEntry;
import it.ccse.anagrafica.notifications.application.NotificationService;
import it.ccse.anagrafica.notifications.domain.Notification;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

@Stateless
public class DefaultNotificationService implements NotificationService {

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  /** Companies per query: well below every database's limit on IN lists. */
  private static final int IN_LIST = 1000;

  @Inject private Clock clock;

  private static final List<String> ACCOUNTS_OF_COMPANIES =
      List.of(
          "select a.id from Account a where a.companyId in :companies",
          // Only an accepted membership has its acceptance time; by text, this area does not
          // depend on the accounts' classes.
          "select m.account.id from CompanyMembership m where m.companyId in :companies"
              + " and m.acceptedAt is not null");

  @Override
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void notifyCompany(Long companyId, String titleKey, String body, String link) {
    notifyCompanies(List.of(companyId), titleKey, body, link);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void notifyCompanies(
      Collection<Long> companyIds, String titleKey, String body, String link) {
    if (companyIds.isEmpty()) {
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    List<Long> ids = List.copyOf(companyIds);
    for (int from = 0; from < ids.size(); from += IN_LIST) {
      var companies = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
      // The operators, and the delegates who accepted to act for the company (VW-1): a company
      // that only invited a person tells them nothing yet (issue 15 finding 4).
      for (String accounts : ACCOUNTS_OF_COMPANIES) {
        em.createQuery(accounts, Long.class)
            .setParameter("companies", companies)
            .getResultList()
            .forEach(
                accountId -> em.persist(new Notification(accountId, titleKey, body, link, now)));
      }
    }
  }

  @Override
  public long unreadCount(String username) {
    return em.createQuery(
            "select count(n) from Notification n, Account a where n.accountId = a.id"
                + " and a.username = :username and n.readAt is null",
            Long.class)
        .setParameter("username", username)
        .getSingleResult();
  }

  @Override
  public List<NotificationEntry> list(String username) {
    return em.createQuery(
            "select n from Notification n, Account a where n.accountId = a.id"
                + " and a.username = :username order by n.id desc",
            Notification.class)
        .setParameter("username", username)
        .setMaxResults(200)
        .getResultStream()
        .map(NotificationEntry::of)
        .toList();
  }

  @Override
  public void markAllRead(String username) {
    LocalDateTime now = LocalDateTime.now(clock);
    em.createQuery(
            "select n from Notification n, Account a where n.accountId = a.id"
                + " and a.username = :username and n.readAt is null",
            Notification.class)
        .setParameter("username", username)
        .getResultStream()
        .forEach(n -> n.markRead(now));
  }
}
