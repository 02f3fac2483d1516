package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.PaymentViews.PaymentDetails;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentView;
import it.ccse.anagrafica.payments.domain.PaymentMode;
import it.ccse.anagrafica.shared.domain.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What "INSERISCI PAGAMENTO" types for the payment itself (PY-3): whole euros, mode, VCY/CRO, date.
 */
public class PaymentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long amount;
  private PaymentMode mode;
  private String reference;
  private LocalDate paidOn;
  private String note;

  static PaymentForm of(PaymentView payment) {
    var form = new PaymentForm();
    form.amount = payment.amount() == null ? null : payment.amount().amount().longValue();
    form.mode = payment.mode();
    form.reference = payment.reference();
    form.paidOn = payment.paidOn();
    form.note = payment.note();
    return form;
  }

  PaymentDetails details() {
    return new PaymentDetails(
        amount == null ? null : Money.of(BigDecimal.valueOf(amount)),
        mode,
        reference,
        paidOn,
        note);
  }

  public Long getAmount() {
    return amount;
  }

  public void setAmount(Long amount) {
    this.amount = amount;
  }

  public PaymentMode getMode() {
    return mode;
  }

  public void setMode(PaymentMode mode) {
    this.mode = mode;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public void setPaidOn(LocalDate paidOn) {
    this.paidOn = paidOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
