package it.ccse.anagrafica.web.notifications;

import it.ccse.anagrafica.accounts.application.AccountView;
import it.ccse.anagrafica.notifications.application.OutboxEntry;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * "Posta inviata": the outbox, newest first, with the links staff may follow (personal links only
 * in the demo); a test message to the signed-in staff member's own address, so that the portal's
 * name cannot be lent to mail for others.
 */
@Named
@ViewScoped
public class SentMail implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OutboxService outbox;
  @Inject private CurrentUser user;
  @Inject private Messages messages;

  private final LazyDataModel<OutboxEntry> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) outbox.count();
        }

        @Override
        public List<OutboxEntry> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return outbox.page(first, pageSize);
        }

        @Override
        public String getRowKey(OutboxEntry entry) {
          return String.valueOf(entry.id());
        }
      };

  public void sendTestMessage() {
    String recipient = getOwnAddress();
    outbox.enqueueTestMessage(recipient, user.username());
    messages.info(null, "sentMail.testQueued", recipient);
  }

  public String getOwnAddress() {
    return user.account().map(AccountView::email).orElseThrow();
  }

  public LazyDataModel<OutboxEntry> getModel() {
    return model;
  }
}
