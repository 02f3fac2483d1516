package it.ccse.anagrafica.company.application;

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
    String comuneIstatCode) {}
