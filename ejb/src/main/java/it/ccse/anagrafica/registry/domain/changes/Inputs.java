package it.ccse.anagrafica.registry.domain.changes;

import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.Cap;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Territory;

/**
 * The checks of what a user types into an operation, with the shared value objects; a failure names
 * the field it belongs to (the ids of the editor's inputs).
 */
final class Inputs {

  private Inputs() {}

  static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException(field, "validation.required");
    }
    return value.strip();
  }

  static String personalCodiceFiscale(String field, String value, BirthplaceRegistry birthplaces) {
    return InvalidFieldException.naming(
        field,
        () -> {
          var cf = CodiceFiscale.of(required(field, value)).requireKnownBirthplace(birthplaces);
          if (!cf.isPersonal()) {
            throw new InvalidValueException("validation.codiceFiscale.notPersonal");
          }
          return cf.value();
        });
  }

  static String optionalEmail(String field, String value) {
    return value == null || value.isBlank()
        ? null
        : InvalidFieldException.naming(field, () -> Email.of(value).value());
  }

  /** Region → province → comune → CAP, as in "Dati societari"; returns the normal CAP. */
  static String address(
      String street,
      String streetNumber,
      String cap,
      String region,
      String province,
      String comune,
      Territory territory) {
    required("street", street);
    required("streetNumber", streetNumber);
    var normal = InvalidFieldException.naming("cap", () -> Cap.of(required("cap", cap)));
    required("comune", comune);
    InvalidFieldException.naming(
        "comune",
        () -> Address.of(street, streetNumber, normal, region, province, comune, territory));
    return normal.value();
  }
}
