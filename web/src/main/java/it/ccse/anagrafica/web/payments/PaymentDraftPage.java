package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.PaymentCommunications;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentView;
import it.ccse.anagrafica.payments.application.PaymentViews.PracticeDue;
import it.ccse.anagrafica.payments.domain.PaymentMode;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * "INSERISCI PAGAMENTO" (PY-3), {@code pagamento.xhtml?id=}: the payment's fields and SALVA,
 * "Pratiche da associare" into "Pratiche associate", the receipt (ALLEGATO), the summary and FIRMA
 * with the PIN. A signed payment shows its summary, with RIMUOVI while CCSE has not verified it.
 * Every change carries the version shown.
 */
@Named
@ViewScoped
public class PaymentDraftPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PaymentCommunications payments;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private String id;
  private PaymentView payment;
  private PaymentForm form = new PaymentForm();
  private AllocationForm allocation = new AllocationForm();
  private List<PracticeDue> payable = List.of();
  private boolean summary;
  private String pin;

  /** f:viewAction, with f:viewParam id (an unknown or another company's id: a message). */
  public void load() {
    show(payments.find(user.username(), deviceInUse.get(), id));
    form = PaymentForm.of(payment);
  }

  public void save() {
    show(payments.save(user.username(), deviceInUse.get(), id, payment.version(), form.details()));
    messages.info(null, "payment.saved");
  }

  /** Adds the practice chosen to "Pratiche associate"; the form is cleared for the next one. */
  public void allocate() {
    long share = allocation.getShare() == null ? 0 : allocation.getShare();
    show(
        payments.allocate(
            user.username(),
            deviceInUse.get(),
            id,
            payment.version(),
            allocation.getPracticeId(),
            share,
            allocation.getNote()));
    allocation = new AllocationForm();
  }

  public void deallocate(String practiceId) {
    show(
        payments.deallocate(user.username(), deviceInUse.get(), id, payment.version(), practiceId));
  }

  /** ALLEGATO, stored as soon as chosen; a refusal is shown on the upload field. */
  public void upload(FileUploadEvent event) {
    var file = event.getFile();
    show(
        InvalidFieldException.naming(
            "receipt",
            () -> {
              try (var content = file.getInputStream()) {
                return payments.attachReceipt(
                    user.username(), deviceInUse.get(), id, file.getFileName(), content);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }));
  }

  /** RIMUOVI. */
  public void removeReceipt() {
    show(payments.removeReceipt(user.username(), deviceInUse.get(), id, payment.version()));
    messages.info(null, "payment.receiptRemoved");
  }

  /** The summary: saves what was typed first. */
  public void summary() {
    save();
    summary = true;
  }

  public void edit() {
    summary = false;
  }

  /** FIRMA with the PIN. */
  public void sign() {
    char[] secret = pin == null ? new char[0] : pin.toCharArray();
    pin = null;
    show(payments.sign(user.username(), deviceInUse.get(), id, payment.version(), secret));
    summary = false;
    messages.info(null, "payment.signed");
  }

  /** Drops the draft and its receipt. */
  public String discard() {
    payments.discard(user.username(), deviceInUse.get(), id);
    messages.info(null, "payment.discarded");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/area/pagamenti/index?faces-redirect=true";
  }

  private void show(PaymentView changed) {
    payment = changed;
    payable = changed.isDraft() ? payments.payable(user.username(), deviceInUse.get()) : List.of();
  }

  public boolean isEditing() {
    return payment != null && payment.isDraft() && !summary;
  }

  public boolean isSummaryShown() {
    return payment != null && (summary || !payment.isDraft());
  }

  public PaymentMode[] getModes() {
    return PaymentMode.values();
  }

  public LocalDate getToday() {
    return LocalDate.now();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PaymentView getPayment() {
    return payment;
  }

  public PaymentForm getForm() {
    return form;
  }

  public AllocationForm getAllocation() {
    return allocation;
  }

  public List<PracticeDue> getPayable() {
    return payable;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }
}
