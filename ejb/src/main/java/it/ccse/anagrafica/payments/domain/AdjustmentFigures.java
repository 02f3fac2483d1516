package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.Money;
import java.io.Serializable;

/**
 * The amounts of a request for an adjustment (AJ-2), as "INSERISCI CONGUAGLIO" shows them: what the
 * company paid for the practice ("Totale versato pratica", its verified payments), what the system
 * says it owes ("calcolato Sistri", the practice's amount due) and what the user says it owes
 * ("calcolato Utente"). The page shows {@link #amount()} as it is typed; SALVA freezes them.
 *
 * @param userDue as typed: cents allowed; null until typed
 */
public record AdjustmentFigures(Money totalPaid, Money systemDue, Money userDue)
    implements Serializable {

  /**
   * "Importo conguaglio (*)": paid less the user's due, below zero when the user reckons to owe
   * more than was paid.
   */
  public Money amount() {
    return Money.ofSigned(totalPaid.amount().subtract(userDue.amount()));
  }

  /** What SALVA requires: a practice paid, the user's due typed, and something left to credit. */
  void requireCredit() {
    if (totalPaid.isZero()) {
      throw new InvalidFieldException("practice", "adjustment.practice.unpaid");
    }
    if (userDue == null) {
      throw new InvalidFieldException("userDue", "validation.required");
    }
    if (userDue.isNegative()) {
      throw new InvalidFieldException("userDue", "adjustment.userDue.negative");
    }
    if (amount().compareTo(Money.ZERO) <= 0) {
      throw new InvalidFieldException("userDue", "adjustment.amount.notPositive", totalPaid);
    }
  }
}
