package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.ConflictException;

/**
 * A payment communication from draft to CCSE's check (PY-2, AD-3): saved (DRAFT), signed with the
 * PIN (SUBMITTED, "inviata"), then verified or rejected by staff. From any other state someone else
 * moved it first, which is a conflict.
 */
public enum PaymentState {
  DRAFT,
  SUBMITTED,
  VERIFIED,
  REJECTED;

  public PaymentState submit() {
    return to(SUBMITTED, DRAFT);
  }

  public PaymentState verify() {
    return to(VERIFIED, SUBMITTED);
  }

  public PaymentState reject() {
    return to(REJECTED, SUBMITTED);
  }

  /**
   * Whether its shares hold the practices' euros: a signed payment not rejected. While staff check
   * it, no other payment may allocate the same euros; a rejection frees them.
   */
  public boolean reserves() {
    return this == SUBMITTED || this == VERIFIED;
  }

  /** RIMUOVI: the receipt may be removed until staff have verified the payment. */
  public boolean receiptRemovable() {
    return this != VERIFIED;
  }

  private PaymentState to(PaymentState next, PaymentState from) {
    if (this != from) {
      throw new ConflictException("payment.stateChanged");
    }
    return next;
  }

  /** The label of the web bundle, e.g. {@code payment.state.SUBMITTED}. */
  public String labelKey() {
    return "payment.state." + name();
  }
}
