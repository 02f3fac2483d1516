package it.ccse.anagrafica.accounts.application;

import it.ccse.anagrafica.accounts.domain.PinCheck;

/** MD-9 "Firma" with PIN; the same check and lock-out confirm a change of the PIN (issue 15). */
public interface PinSignatures {

  /**
   * Checks the PIN in a transaction of its own, so that wrong attempts count even though the
   * signature they were meant for does not happen.
   */
  PinCheck check(String username, char[] pin);
}
