package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.PaymentCommunications;
import it.ccse.anagrafica.payments.application.PaymentNotices;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentView;
import it.ccse.anagrafica.payments.application.PaymentViews.PracticeDue;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Downloads;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * "Pagamenti" (PY-2, PY-4): the practices still to pay with their pagoPA notice, "Lista Pagamenti"
 * newest payment date first with ALLEGATO and RIMUOVI, the caller's drafts, and "INSERISCI
 * PAGAMENTO", which opens a new draft.
 */
@Named
@ViewScoped
public class PaymentListPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PaymentCommunications payments;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  @EJB private PaymentNotices notices;

  private List<PaymentView> list;
  private List<PaymentView> drafts;
  private List<PracticeDue> payable;

  /** f:viewAction. */
  public void load() {
    list = payments.list(user.username(), deviceInUse.get());
    drafts = payments.drafts(user.username(), deviceInUse.get());
    payable = payments.payable(user.username(), deviceInUse.get());
  }

  /** "Avviso di pagamento pagoPA" of what the practice still needs (PY-4). */
  public StreamedContent notice(PracticeDue practice) {
    var notice = notices.notice(user.username(), deviceInUse.get(), practice.practiceId());
    return Downloads.pdf(notice.fileName(), notice.pdf());
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

  /** The practices with an amount still to pay. */
  public List<PracticeDue> getPayable() {
    return payable;
  }

  public List<PaymentView> getDrafts() {
    return drafts;
  }
}
