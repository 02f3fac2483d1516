package it.ccse.anagrafica.fees.domain;

/** What a change costs (MD-9, MD-12); the amounts are in the back-office price list. */
public enum PriceCode {
  NEW_DEVICE,
  ADDITIONAL_LOCAL_UNIT
}
