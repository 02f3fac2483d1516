package it.ccse.anagrafica.accounts.application;

import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import it.ccse.anagrafica.shared.domain.Pec;

/** "Nuova registrazione" (ON-2): what a company declares to obtain its credentials. */
public record Registration(
    String ragioneSociale,
    CodiceFiscale codiceFiscale,
    PartitaIva partitaIva,
    String legalForm,
    String legalRepName,
    String legalRepSurname,
    CodiceFiscale legalRepCodiceFiscale,
    Email email,
    Pec pec,
    String phone,
    boolean privacyAccepted) {}
