package it.ccse.anagrafica.registry.domain.changes;

import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.Cap;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Territory;
import java.util.function.Supplier;

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
    return checked(
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
    return value == null || value.isBlank() ? null : checked(field, () -> Email.of(value).value());
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
    var normal = checked("cap", () -> Cap.of(required("cap", cap)));
    required("comune", comune);
    checked(
        "comune",
        () -> Address.of(street, streetNumber, normal, region, province, comune, territory));
    return normal.value();
  }

  private static <T> T checked(String field, Supplier<T> rule) {
    try {
      return rule.get();
    } catch (InvalidFieldException e) {
      throw e;
    } catch (InvalidValueException e) {
      throw new InvalidFieldException(field, e.messageKey(), e.arguments());
    }
  }
}
