package it.ccse.anagrafica.registry.domain;

/** Sede legale or unità locale. */
public enum SiteKind {
  REGISTERED_OFFICE,
  LOCAL_UNIT
}
