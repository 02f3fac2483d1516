package it.ccse.anagrafica.sectors.domain;

/**
 * "Natura Giuridica Soggetto" of the company running a sector (SE-2): the usual Italian forms, a
 * fixed list the pages show by {@link #labelKey()}.
 */
public enum LegalNature {
  SOCIETA_DI_CAPITALI,
  SOCIETA_DI_PERSONE,
  IMPRESA_INDIVIDUALE,
  ENTE_PUBBLICO,
  CONSORZIO,
  COOPERATIVA,
  AZIENDA_SPECIALE,
  ALTRO;

  /** The label of the web bundle, e.g. {@code sector.legalNature.CONSORZIO}. */
  public String labelKey() {
    return "sector.legalNature." + name();
  }
}
