package it.ccse.anagrafica.company.domain;

/** "Stato installazione Black Box" of a vehicle (VW-5). */
public enum BlackBoxState {
  INSTALLED,
  TO_INSTALL,
  NOT_REQUIRED
}
