package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.PaymentDesk;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentView;
import it.ccse.anagrafica.payments.domain.PaymentState;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * AD-3: the payment chosen in the queue, with its receipt (or "senza allegato") and the practices
 * its shares go to; "Verifica" or "Respingi" with a reason, each with the version shown.
 */
@Named
@ViewScoped
public class PaymentDeskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PaymentDesk desk;
  @Inject private CurrentUser user;
  @Inject private Messages messages;

  private PaymentView payment;
  private String reason;

  public void show(String paymentId) {
    payment = desk.find(paymentId);
    reason = null;
  }

  public void verify() {
    payment = desk.verify(user.username(), payment.id(), payment.version());
    messages.info(null, "paymentDesk.verified");
  }

  public void reject() {
    payment = desk.reject(user.username(), payment.id(), payment.version(), reason);
    messages.info(null, "paymentDesk.rejected");
  }

  /** Signed and not yet checked. */
  public boolean isOpen() {
    return payment != null && payment.state() == PaymentState.SUBMITTED;
  }

  public PaymentView getPayment() {
    return payment;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
