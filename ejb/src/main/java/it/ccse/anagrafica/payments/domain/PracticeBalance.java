package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.Money;

/**
 * What a practice owes and what payments hold of it (PY-3, AD-2, AD-3), derived from its frozen
 * amount due and the shares of the payments, never stored.
 *
 * @param due the practice's amount due, frozen when it was signed
 * @param reserved the shares of signed payments not rejected: no other payment may take them
 * @param covered the shares of verified payments: what lets a device ship
 */
public record PracticeBalance(Money due, Money reserved, Money covered) {

  /** What a new share may take: the amount due less what payments hold, never below zero. */
  public Money stillNeeded() {
    return reserved.compareTo(due) >= 0 ? Money.ZERO : due.minus(reserved);
  }

  /** Whether the practice is offered in "Pratiche da associare". */
  public boolean payable() {
    return !stillNeeded().isZero();
  }
}
