package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.Money;
import java.time.LocalDateTime;

/**
 * One line of the history of operations on an adjustment (AJ-1), derived from it: the request
 * signed, CCSE's decision, each use signed.
 *
 * @param practiceId the practice of the request, or the renewal a use went to
 * @param amount the adjustment's amount, or the use's
 */
public record AdjustmentOperation(
    Kind kind, LocalDateTime at, String by, long practiceId, Money amount) {

  /** What happened; CCSE's decisions are told as CCSE's, not by the staff member's name. */
  public enum Kind {
    REQUESTED(false),
    APPROVED(true),
    REJECTED(true),
    USED(false);

    private final boolean byStaff;

    Kind(boolean byStaff) {
      this.byStaff = byStaff;
    }

    public boolean byStaff() {
      return byStaff;
    }

    /** The label of the web bundle, e.g. {@code adjustment.operation.USED}. */
    public String labelKey() {
      return "adjustment.operation." + name();
    }
  }
}
