package it.ccse.anagrafica.company.application;

import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.PartitaIva;

/** What it takes to create a company: identity and the registered office's address. */
public record NewCompany(
    CodiceFiscale codiceFiscale,
    PartitaIva partitaIva,
    String ragioneSociale,
    String legalForm,
    String street,
    String streetNumber,
    String cap,
    String regionCode,
    String provinceSigla,
    String comuneIstatCode) {

  /** The registered office's address, taken as given (as it always was: seeds and tests). */
  public Address address() {
    return Address.asRecorded(
        street, streetNumber, cap, regionCode, provinceSigla, comuneIstatCode);
  }
}
