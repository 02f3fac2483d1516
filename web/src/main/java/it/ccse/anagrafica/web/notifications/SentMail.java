package it.ccse.anagrafica.web.notifications;

import it.ccse.anagrafica.notifications.application.OutboxEntry;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** "Posta inviata": the outbox, newest first, with the links of each message; a test message. */
@Named
@ViewScoped
public class SentMail implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OutboxService outbox;
  @Inject private SecurityContext securityContext;
  @Inject private Messages messages;

  @NotBlank @Email private String testRecipient;

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
    outbox.enqueueTestMessage(testRecipient, securityContext.getCallerPrincipal().getName());
    messages.info(null, "sentMail.testQueued", testRecipient);
  }

  public LazyDataModel<OutboxEntry> getModel() {
    return model;
  }

  public String getTestRecipient() {
    return testRecipient;
  }

  public void setTestRecipient(String testRecipient) {
    this.testRecipient = testRecipient;
  }
}
