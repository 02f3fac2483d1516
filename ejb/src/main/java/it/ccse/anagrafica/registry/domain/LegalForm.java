package it.ccse.anagrafica.registry.domain;

/** Legal forms offered at registration (the Business Register's main ones). */
public enum LegalForm {
  SRL,
  SRLS,
  SPA,
  SAPA,
  SNC,
  SAS,
  COOPERATIVA,
  CONSORZIO,
  IMPRESA_INDIVIDUALE,
  ENTE_PUBBLICO,
  ALTRO
}
