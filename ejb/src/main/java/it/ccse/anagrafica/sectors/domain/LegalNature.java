package it.ccse.anagrafica.sectors.domain;

/**
 * "Natura Giuridica Soggetto" of the company running a sector (SE-2): the usual Italian forms, a
 * fixed list the pages show by {@link #labelKey()} and the self-certification prints by its {@link
 * #italianName()}.
 */
public enum LegalNature {
  SOCIETA_DI_CAPITALI("Società di capitali"),
  SOCIETA_DI_PERSONE("Società di persone"),
  IMPRESA_INDIVIDUALE("Impresa individuale"),
  ENTE_PUBBLICO("Ente pubblico"),
  CONSORZIO("Consorzio"),
  COOPERATIVA("Cooperativa"),
  AZIENDA_SPECIALE("Azienda speciale"),
  ALTRO("Altro");

  private final String italianName;

  LegalNature(String italianName) {
    this.italianName = italianName;
  }

  /**
   * The name an Italian document prints, whatever the reader's language: the self-certification
   * (SE-5) is a declaration under Italian law, written in Italian.
   */
  public String italianName() {
    return italianName;
  }

  /** The label of the web bundle, e.g. {@code sector.legalNature.CONSORZIO}. */
  public String labelKey() {
    return "sector.legalNature." + name();
  }
}
