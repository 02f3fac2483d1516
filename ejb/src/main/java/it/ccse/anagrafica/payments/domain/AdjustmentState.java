package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.ConflictException;

/**
 * A request for an adjustment from draft to CCSE's decision (AJ-2, AD-3): saved (DRAFT), signed
 * with the PIN (SUBMITTED), then approved or rejected by staff. Only an approved one is used on
 * annual renewals (AJ-3). From any other state someone else moved it first, which is a conflict.
 */
public enum AdjustmentState {
  DRAFT,
  SUBMITTED,
  APPROVED,
  REJECTED;

  public AdjustmentState submit() {
    return to(SUBMITTED, DRAFT);
  }

  public AdjustmentState approve() {
    return to(APPROVED, SUBMITTED);
  }

  public AdjustmentState reject() {
    return to(REJECTED, SUBMITTED);
  }

  /**
   * Whether it holds its practice: a signed request not rejected. A practice's overpayment is
   * credited once, so no other request may be signed for it meanwhile.
   */
  public boolean claimsPractice() {
    return this == SUBMITTED || this == APPROVED;
  }

  /** AJ-3 "UTILIZZA CONGUAGLIO": only what CCSE approved may pay a renewal. */
  public boolean usable() {
    return this == APPROVED;
  }

  private AdjustmentState to(AdjustmentState next, AdjustmentState from) {
    if (this != from) {
      throw new ConflictException("adjustment.stateChanged");
    }
    return next;
  }

  /** The label of the web bundle, e.g. {@code adjustment.state.APPROVED}. */
  public String labelKey() {
    return "adjustment.state." + name();
  }
}
