package it.ccse.anagrafica.company.domain;

/**
 * Where a device stands (RQ-2, RQ-2b), derived from its facts, never stored: requested until CCSE
 * ships it with a serial, then active until revoked (replaced, or its unit closed).
 */
public enum DeviceState {
  REQUESTED,
  ACTIVE,
  REVOKED;

  /** The label of the web bundle, e.g. {@code device.state.ACTIVE}. */
  public String labelKey() {
    return "device.state." + name();
  }
}
