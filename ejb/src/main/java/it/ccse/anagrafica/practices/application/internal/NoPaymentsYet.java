package it.ccse.anagrafica.practices.application.internal;

import it.ccse.anagrafica.practices.application.PracticeCoverage;
import it.ccse.anagrafica.shared.domain.Money;
import jakarta.enterprise.context.Dependent;

/**
 * Until the payments area (issue 18) records verified payments, nothing covers a practice: a device
 * practice with a cost waits "in attesa di pagamento", as AD-2 wants. Payments replace this.
 */
@Dependent
class NoPaymentsYet implements PracticeCoverage {

  @Override
  public Money covered(long practiceId) {
    return Money.ZERO;
  }
}
