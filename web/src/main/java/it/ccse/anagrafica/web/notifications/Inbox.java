package it.ccse.anagrafica.web.notifications;

import it.ccse.anagrafica.notifications.application.NotificationEntry;
import it.ccse.anagrafica.notifications.application.NotificationService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** The header's unread counter and the "Notifiche" page, which marks them read (CD-3). */
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

  /** f:viewAction of the page: reading the list is what marks it read. */
  public void open() {
    entries = notifications.readAll(securityContext.getCallerPrincipal().getName());
  }

  public List<NotificationEntry> getEntries() {
    return entries;
  }
}
