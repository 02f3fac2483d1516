package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.Money;

/**
 * What a practice owes and what payments and adjustments hold of it (PY-3, AJ-3, AD-2, AD-3),
 * derived from its frozen amount due, the shares of the payments and the uses of adjustments, never
 * stored.
 *
 * @param due the practice's amount due, frozen when it was signed
 * @param reserved what no other payment or use may take: the shares of signed payments not rejected
 *     and the signed uses of approved adjustments
 * @param covered what settles it (and lets a device ship): the shares of verified payments and the
 *     signed uses of approved adjustments
 */
public record PracticeBalance(Money due, Money reserved, Money covered) {

  /**
   * The balance from its sources. A signed use of an approved adjustment is CCSE's own credit, so
   * it covers the practice at once, as a verified payment does.
   *
   * @param held the shares of signed payments not rejected
   * @param verified the shares of verified payments
   * @param adjusted the signed uses of approved adjustments
   */
  public static PracticeBalance of(Money due, Money held, Money verified, Money adjusted) {
    return new PracticeBalance(due, held.plus(adjusted), verified.plus(adjusted));
  }

  /** What a new share or use may take: the amount due less what is held, never below zero. */
  public Money stillNeeded() {
    return reserved.compareTo(due) >= 0 ? Money.ZERO : due.minus(reserved);
  }

  /** Whether the practice is offered in "Pratiche da associare". */
  public boolean payable() {
    return !stillNeeded().isZero();
  }
}
