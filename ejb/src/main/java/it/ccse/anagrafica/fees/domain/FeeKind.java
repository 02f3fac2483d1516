package it.ccse.anagrafica.fees.domain;

/** The tables of the fee schedule (VW-6): banded by a quantity, or flat. */
public enum FeeKind {
  /** Per local unit, by its employees (DM 17/12/2009 Annex II). */
  LOCAL_UNIT_EMPLOYEES,
  /** Per management plant, by tonnes per year. */
  MANAGEMENT_TONNES,
  CONSORTIUM,
  BROKER,
  TRADE_ASSOCIATION,
  TERMINAL_OPERATOR,
  COLLECTION_CENTRE,
  /** Per vehicle of a transport category: a sample amount, no source found. */
  VEHICLE
}
