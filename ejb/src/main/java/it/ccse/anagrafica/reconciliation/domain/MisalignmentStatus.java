package it.ccse.anagrafica.reconciliation.domain;

/**
 * Where a difference from the Business Register stands (BA-2, BR-1). Only OPEN ones are shown to
 * the operator; the reconciliation closes them as RESOLVED, the operator as ALIGNED ("ALLINEA") or
 * CERTIFIED ("AUTOCERTIFICA").
 */
public enum MisalignmentStatus {
  OPEN,
  RESOLVED,
  ALIGNED,
  CERTIFIED;

  public boolean isOpen() {
    return this == OPEN;
  }
}
