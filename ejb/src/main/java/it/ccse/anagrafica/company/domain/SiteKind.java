package it.ccse.anagrafica.company.domain;

/** Sede legale or unità locale. */
public enum SiteKind {
  REGISTERED_OFFICE,
  LOCAL_UNIT
}
