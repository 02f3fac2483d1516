package it.ccse.anagrafica.categories.domain.obligations;

/**
 * "Soglia numero dipendenti dell'azienda" (TH-1, TH-2): the two classes the SISTRI guide (§9) lets
 * a company declare.
 */
public enum EmployeeThreshold {
  UP_TO_TEN,
  MORE_THAN_TEN;

  public static EmployeeThreshold of(int employees) {
    return employees > 10 ? MORE_THAN_TEN : UP_TO_TEN;
  }
}
