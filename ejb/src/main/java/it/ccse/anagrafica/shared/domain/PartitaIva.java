package it.ccse.anagrafica.shared.domain;

import java.util.Set;

/**
 * Partita IVA: 7 digits of serial number, 3 of the issuing office and a Luhn check digit (DPR
 * 633/1972, art. 35). Entities that are not persons have a numeric codice fiscale built the same
 * way, so {@link CodiceFiscale} applies these rules too.
 */
public final class PartitaIva extends StringValue {

  // 2: the value moved to StringValue, so older serialised forms cannot be read.
  private static final long serialVersionUID = 2L;
  // Besides the provincial offices 001-100, only these office codes are issued.
  private static final Set<String> SPECIAL_OFFICES = Set.of("120", "121", "888", "999");

  private PartitaIva(String value) {
    super(value);
  }

  /**
   * Accepts the 11 digits with surrounding or inner spaces and an optional {@code IT} prefix (as
   * printed on invoices for intra-EU VAT).
   */
  public static PartitaIva of(String raw) {
    String number = compacted(raw);
    if (number.startsWith("IT")) {
      number = number.substring(2);
    }
    if (number.length() != 11) {
      throw new InvalidValueException("validation.partitaIva.length");
    }
    if (!isDigits(number, 11)) {
      throw new InvalidValueException("validation.partitaIva.digits");
    }
    if (!hasValidCheckDigit(number)) {
      throw new InvalidValueException("validation.partitaIva.checkDigit");
    }
    if (!hasValidOfficeCode(number)) {
      throw new InvalidValueException("validation.partitaIva.officeCode");
    }
    return new PartitaIva(number);
  }

  /** Luhn over the first 10 digits: digits in even (1-based) positions are doubled. */
  static boolean hasValidCheckDigit(String elevenDigits) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int digit = elevenDigits.charAt(i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        digit = digit > 9 ? digit - 9 : digit;
      }
      sum += digit;
    }
    return (10 - sum % 10) % 10 == elevenDigits.charAt(10) - '0';
  }

  static boolean hasValidOfficeCode(String elevenDigits) {
    String office = elevenDigits.substring(7, 10);
    int number = Integer.parseInt(office);
    return (number >= 1 && number <= 100) || SPECIAL_OFFICES.contains(office);
  }

  /** The issuing office, digits 8 to 10 (e.g. {@code "001"} for Torino). */
  public String officeCode() {
    return value().substring(7, 10);
  }
}
