package it.ccse.anagrafica.company.domain;

/** "Stato installazione Black Box" of a vehicle (VW-5); STOLEN once CCSE accepts a theft (RQ-3). */
public enum BlackBoxState {
  INSTALLED,
  TO_INSTALL,
  NOT_REQUIRED,
  STOLEN;

  /** The label of the web bundle, e.g. {@code blackBox.STOLEN}. */
  public String labelKey() {
    return "blackBox." + name();
  }
}
