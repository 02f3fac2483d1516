package it.ccse.anagrafica.sectors.domain;

/**
 * What a corporate operation's template is filled with (OP-1): the company's data as "Dati
 * societari" hold them; a part not known is an empty string, left for the operator to write.
 *
 * @param registeredOffice the registered office's address on one line
 */
public record CompanyParticulars(
    String ragioneSociale,
    String codiceFiscale,
    String partitaIva,
    String registeredOffice,
    String legalRepresentative,
    String legalRepresentativeCodiceFiscale) {

  public CompanyParticulars {
    ragioneSociale = known(ragioneSociale);
    codiceFiscale = known(codiceFiscale);
    partitaIva = known(partitaIva);
    registeredOffice = known(registeredOffice);
    legalRepresentative = known(legalRepresentative);
    legalRepresentativeCodiceFiscale = known(legalRepresentativeCodiceFiscale);
  }

  private static String known(String value) {
    return value == null ? "" : value.strip();
  }
}
