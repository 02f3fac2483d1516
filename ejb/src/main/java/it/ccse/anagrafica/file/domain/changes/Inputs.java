package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.Phone;
import it.ccse.anagrafica.shared.domain.Territory;
import java.util.function.UnaryOperator;

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

  /** Required free text of the kind, printable and within its length. */
  static String text(String field, String value, FreeText kind) {
    return InvalidFieldException.naming(field, () -> kind.normalised(required(field, value)));
  }

  static String optionalText(String field, String value, FreeText kind) {
    return optional(field, value, kind::normalised);
  }

  static String personalCodiceFiscale(String field, String value, BirthplaceRegistry birthplaces) {
    return InvalidFieldException.naming(
        field,
        () ->
            CodiceFiscale.of(required(field, value))
                .requireKnownBirthplace(birthplaces)
                .requirePersonal()
                .value());
  }

  static String optionalEmail(String field, String value) {
    return optional(field, value, v -> Email.of(v).value());
  }

  static String optionalPhone(String field, String value) {
    return optional(field, value, v -> Phone.of(v).value());
  }

  /** Blank is null; a value goes through its rule. */
  private static String optional(String field, String value, UnaryOperator<String> rule) {
    return value == null || value.isBlank()
        ? null
        : InvalidFieldException.naming(field, () -> rule.apply(value));
  }

  /** Region → province → comune → CAP, as in "Dati societari"; the address in normal form. */
  static Address address(
      String street,
      String streetNumber,
      String cap,
      String region,
      String province,
      String comune,
      Territory territory) {
    return Address.asRecorded(street, streetNumber, cap, region, province, comune)
        .checked(territory);
  }
}
