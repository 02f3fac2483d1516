package it.ccse.anagrafica.practices.domain;

/**
 * The menus of "Richieste" (RQ-1..RQ-3), and the practices a signed change creates (RQ-2b) or
 * "Contributi annuali" requests (PY-1), which no menu offers and ANNULLA never cancels: they came
 * from a signature of their own.
 */
public enum PracticeGroup {
  COMPANY(true),
  USB_DEVICE(true),
  BLACK_BOX(true),
  CHANGE_SET(false),
  /** PY-1 "Rinnovo annuale": requested from Contributi annuali, never from a menu. */
  CONTRIBUTION(false);

  private final boolean offered;

  PracticeGroup(boolean offered) {
    this.offered = offered;
  }

  /** Whether the operator files these practices from a menu, and may cancel them. */
  public boolean isOffered() {
    return offered;
  }

  /** The label of the web bundle, e.g. {@code practice.group.COMPANY}. */
  public String labelKey() {
    return "practice.group." + name();
  }
}
