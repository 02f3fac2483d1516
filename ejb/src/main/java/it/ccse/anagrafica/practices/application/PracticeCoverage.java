package it.ccse.anagrafica.practices.application;

import it.ccse.anagrafica.shared.domain.Money;

/**
 * How much of a practice's cost payments cover (AD-2: a device ships only once covered). Payments
 * sit above practices and implement this port; derived, never stored on the practice.
 */
public interface PracticeCoverage {

  Money covered(long practiceId);
}
