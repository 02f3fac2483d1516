package it.ccse.anagrafica.fees.domain;

/**
 * What a change or a practice costs (MD-9, MD-12, RQ-1..RQ-3); the amounts are in the back-office
 * price list. A device requested by a signed change (RQ-2b) costs NEW_DEVICE.
 */
public enum PriceCode {
  NEW_DEVICE,
  ADDITIONAL_LOCAL_UNIT,
  UNIT_TRANSFER,
  UNIT_CLOSURE,
  COMPANY_CESSATION,
  DEVICE_DUPLICATE,
  DEVICE_REPLACEMENT_THEFT,
  DEVICE_REPLACEMENT_DAMAGE,
  DEVICE_REPLACEMENT_LOSS,
  ADDITIONAL_DEVICE,
  BLACK_BOX_THEFT
}
