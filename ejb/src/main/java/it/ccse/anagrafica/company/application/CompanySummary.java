package it.ccse.anagrafica.company.application;

import it.ccse.anagrafica.company.domain.Company;

/** A company as the portal shows it in lists and headers. */
public record CompanySummary(
    Long id,
    String codiceFiscale,
    String partitaIva,
    String ragioneSociale,
    String registeredOfficeComune,
    long version) {

  public static CompanySummary of(Company company) {
    return new CompanySummary(
        company.getId(),
        company.getCodiceFiscale(),
        company.getPartitaIva(),
        company.getRagioneSociale(),
        company.registeredOffice().map(s -> s.getAddress().comuneIstatCode()).orElse(null),
        company.getVersion());
  }
}
