package it.ccse.anagrafica.payments.application.internal;

import it.ccse.anagrafica.payments.application.PaymentViews.PracticeDue;
import it.ccse.anagrafica.payments.domain.AdjustmentRepository;
import it.ccse.anagrafica.payments.domain.PaymentRepository;
import it.ccse.anagrafica.payments.domain.PaymentState;
import it.ccse.anagrafica.payments.domain.PracticeBalance;
import it.ccse.anagrafica.practices.application.PracticeCoverage;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.shared.domain.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * What payments and adjustments hold of a practice (PY-3, AJ-3, AD-2), summed from the payments'
 * shares and the adjustments' signed uses each time it is asked; also the port through which the
 * practices area learns what is covered before a device ships.
 */
@Dependent
class PracticeBalances implements PracticeCoverage {

  @Inject private PaymentRepository payments;
  @Inject private AdjustmentRepository adjustments;

  @Override
  public Money covered(long practiceId) {
    return paid(practiceId).plus(adjustments.usedOn(practiceId));
  }

  /** AJ-2 "Totale versato pratica": the shares of verified payments only. */
  Money paid(long practiceId) {
    return payments.allocatedTo(practiceId, PaymentState.VERIFIED);
  }

  PracticeBalance of(Practice practice) {
    long id = practice.getId();
    return PracticeBalance.of(
        practice.amountDue().orElse(Money.ZERO),
        payments.allocatedTo(id, PaymentState.SUBMITTED, PaymentState.VERIFIED),
        paid(id),
        adjustments.usedOn(id));
  }

  PracticeDue due(Practice practice) {
    var balance = of(practice);
    return new PracticeDue(
        practice.getPublicId(),
        practice.getNumber().orElse(""),
        practice.getType(),
        balance.due(),
        balance.reserved(),
        balance.covered(),
        balance.stillNeeded());
  }
}
