package it.ccse.anagrafica.web.notifications;

import it.ccse.anagrafica.notifications.application.NotificationEntry;
import it.ccse.anagrafica.notifications.application.NotificationService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/**
 * The header's unread counter and the "Notifiche" page (CD-3). Opening the page (a GET) changes
 * nothing; only its "Segna tutte come lette" button, a POST, marks them read.
 */
@Named
@RequestScoped
public class Inbox {

  @EJB private NotificationService notifications;
  @Inject private SecurityContext securityContext;

  private List<NotificationEntry> entries;

  public long getUnread() {
    var principal = securityContext.getCallerPrincipal();
    return principal == null ? 0 : notifications.unreadCount(principal.getName());
  }

  /** f:viewAction of the page. */
  public void open() {
    entries = notifications.list(username());
  }

  /** Back to the page by a redirect, so that the bell and the list read the new state. */
  public String markAllRead() {
    notifications.markAllRead(username());
    return "/area/notifiche?faces-redirect=true";
  }

  private String username() {
    return securityContext.getCallerPrincipal().getName();
  }

  public List<NotificationEntry> getEntries() {
    return entries;
  }
}
