package it.ccse.anagrafica.payments.application;

import it.ccse.anagrafica.payments.domain.PaymentMode;
import it.ccse.anagrafica.payments.domain.PaymentState;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.shared.domain.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the payment pages show and send (PY-2, PY-3, AD-3); plain values, no entity. */
public final class PaymentViews {

  private PaymentViews() {}

  /** SALVA of the payment's own fields, as typed (the domain checks them). */
  public record PaymentDetails(
      Money amount, PaymentMode mode, String reference, LocalDate paidOn, String note)
      implements Serializable {}

  /** A practice as a payment sees it: its amount due and what payments hold of it. */
  public record PracticeDue(
      String practiceId,
      String number,
      PracticeType type,
      Money due,
      Money reserved,
      Money covered,
      Money stillNeeded)
      implements Serializable {}

  /** One of "Pratiche associate". */
  public record AllocationView(PracticeDue practice, Money share, String note)
      implements Serializable {}

  /**
   * A payment with everything its pages show; {@code receiptId} empty once RIMUOVI took it away,
   * {@code company} the ragione sociale for staff.
   */
  public record PaymentView(
      String id,
      long version,
      String company,
      PaymentState state,
      Money amount,
      PaymentMode mode,
      String reference,
      LocalDate paidOn,
      String note,
      String receiptId,
      String receiptName,
      boolean withoutReceipt,
      boolean receiptRemovable,
      List<AllocationView> allocations,
      Money allocated,
      String createdBy,
      LocalDateTime submittedAt,
      String checkedBy,
      LocalDateTime checkedAt,
      String rejectionReason)
      implements Serializable {

    public boolean isDraft() {
      return state == PaymentState.DRAFT;
    }
  }
}
