package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.Cap;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.Iban;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import it.ccse.anagrafica.shared.domain.Pec;
import it.ccse.anagrafica.shared.domain.Phone;
import it.ccse.anagrafica.shared.domain.Territory;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The rules of each datum of "Dati societari" (CD-1), through the shared value objects and the
 * limits of {@link FreeText}. A draft may have empty fields; what is filled must be right, and the
 * address is checked (region → province → comune → CAP) once complete. Returns the data in their
 * normal form.
 */
public final class CompanyDataCheck {

  private CompanyDataCheck() {}

  public static CompanyData normalised(
      CompanyData data, Territory territory, BirthplaceRegistry birthplaces) {
    var d = data.copy();
    d.setRagioneSociale(field("ragioneSociale", d.getRagioneSociale(), FreeText.COMPANY_NAME));
    d.setPartitaIva(field("partitaIva", d.getPartitaIva(), v -> PartitaIva.of(v).value()));
    d.setStreet(field("street", d.getStreet(), FreeText.STREET));
    d.setStreetNumber(field("streetNumber", d.getStreetNumber(), FreeText.STREET_NUMBER));
    d.setCap(field("cap", d.getCap(), v -> Cap.of(v).value()));
    var representative = d.getLegalRepresentative();
    representative.setName(field("legalRepName", representative.getName(), FreeText.PERSON_NAME));
    representative.setSurname(
        field("legalRepSurname", representative.getSurname(), FreeText.PERSON_NAME));
    representative.setCodiceFiscale(
        field(
            "legalRepCodiceFiscale",
            representative.getCodiceFiscale(),
            v ->
                CodiceFiscale.of(v).requireKnownBirthplace(birthplaces).requirePersonal().value()));
    d.setEmail(field("email", d.getEmail(), v -> Email.of(v).value()));
    d.setPec(field("pec", d.getPec(), v -> Pec.of(v).value()));
    d.setPhone(field("phone", d.getPhone(), Phone::of));
    var contact = d.getContactPerson();
    contact.setName(field("contactName", contact.getName(), FreeText.PERSON_NAME));
    contact.setSurname(field("contactSurname", contact.getSurname(), FreeText.PERSON_NAME));
    contact.setPhone(field("contactPhone", contact.getPhone(), Phone::of));
    contact.setEmail(field("contactEmail", contact.getEmail(), v -> Email.of(v).value()));
    var bank = d.getBankAccount();
    bank.setIban(field("iban", bank.getIban(), v -> Iban.of(v).value()));
    bank.setBankName(field("bankName", bank.getBankName(), FreeText.BANK_NAME));
    boolean addressComplete =
        Stream.of(
                d.getStreet(),
                d.getStreetNumber(),
                d.getCap(),
                d.getRegionCode(),
                d.getProvinceSigla(),
                d.getComuneIstatCode())
            .allMatch(CompanyDataCheck::filled);
    if (addressComplete) {
      field(
          "comune",
          d.getComuneIstatCode(),
          v ->
              Address.of(
                  d.getStreet(),
                  d.getStreetNumber(),
                  Cap.of(d.getCap()),
                  d.getRegionCode(),
                  d.getProvinceSigla(),
                  v,
                  territory));
    }
    return d;
  }

  private static String field(String name, String value, FreeText kind) {
    return field(name, value, kind::normalised);
  }

  /** Blank stays null; a value goes through its rule, and a failure names the field. */
  private static String field(String name, String value, Function<String, ?> rule) {
    if (!filled(value)) {
      return null;
    }
    return InvalidFieldException.naming(name, () -> rule.apply(value).toString());
  }

  private static boolean filled(String value) {
    return value != null && !value.isBlank();
  }
}
