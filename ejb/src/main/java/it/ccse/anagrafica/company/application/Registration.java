package it.ccse.anagrafica.company.application;

import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import it.ccse.anagrafica.shared.domain.Pec;
import it.ccse.anagrafica.shared.domain.Phone;

/**
 * "Nuova registrazione" (ON-2): what a company declares to obtain its credentials. The typed texts
 * are kept in normal form; one that is too long, unprintable or no phone number names its field.
 */
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
    boolean privacyAccepted) {

  public Registration {
    ragioneSociale = text("ragioneSociale", ragioneSociale, FreeText.COMPANY_NAME);
    legalRepName = text("legalRepName", legalRepName, FreeText.PERSON_NAME);
    legalRepSurname = text("legalRepSurname", legalRepSurname, FreeText.PERSON_NAME);
    String typedPhone = phone;
    phone = InvalidFieldException.naming("phone", () -> Phone.of(typedPhone).value());
  }

  /** The person who signs for the company, as the company keeps them. */
  public LegalRepresentative legalRepresentative() {
    return LegalRepresentative.of(legalRepName, legalRepSurname, legalRepCodiceFiscale.value());
  }

  private static String text(String field, String value, FreeText kind) {
    return InvalidFieldException.naming(field, () -> kind.normalised(value));
  }
}
