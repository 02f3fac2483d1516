package it.ccse.anagrafica.company.domain;

/** Where an {@link IdentityChange} stands (MD-3, AD-1); a pending one is the company's open one. */
public enum IdentityChangeStatus {
  PENDING,
  APPROVED,
  REJECTED;

  /** The label of the web bundle, e.g. {@code identityChange.status.PENDING}. */
  public String labelKey() {
    return "identityChange.status." + name();
  }
}
