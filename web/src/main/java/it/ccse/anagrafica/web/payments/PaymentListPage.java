package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.PaymentCommunications;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentView;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Pagamenti" (PY-2): "Lista Pagamenti" newest payment date first, with ALLEGATO and RIMUOVI, the
 * caller's drafts, and "INSERISCI PAGAMENTO", which opens a new draft.
 */
@Named
@ViewScoped
public class PaymentListPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PaymentCommunications payments;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private List<PaymentView> list;
  private List<PaymentView> drafts;

  /** f:viewAction. */
  public void load() {
    list = payments.list(user.username(), deviceInUse.get());
    drafts = payments.drafts(user.username(), deviceInUse.get());
  }

  /** INSERISCI PAGAMENTO: a new draft, opened. */
  public String create() {
    var draft = payments.create(user.username(), deviceInUse.get());
    return "/area/pagamenti/pagamento?faces-redirect=true&id=" + draft.id();
  }

  /** RIMUOVI on a signed payment's receipt. */
  public void removeReceipt(PaymentView payment) {
    payments.removeReceipt(user.username(), deviceInUse.get(), payment.id(), payment.version());
    messages.info(null, "payment.receiptRemoved");
    load();
  }

  public List<PaymentView> getList() {
    return list;
  }

  public List<PaymentView> getDrafts() {
    return drafts;
  }
}
