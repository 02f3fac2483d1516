package it.ccse.anagrafica.shared.domain;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * International Bank Account Number (ISO 13616), kept in its compact electronic form. Italian and
 * Sammarinese accounts are also checked for the BBAN layout: CIN letter, ABI, CAB, account.
 *
 * <p>{@link #value()} is the compact electronic form, e.g. {@code IT60X0542811101000000123456}.
 */
public final class Iban extends StringValue {

  // 2: the value moved to StringValue, so older serialised forms cannot be read.
  private static final long serialVersionUID = 2L;
  private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Z0-9]+");
  private static final Pattern CHECK_DIGITS = Pattern.compile("[0-9]{2}");
  // CIN (1 letter), ABI (5 digits), CAB (5 digits), account number (12 alphanumerics).
  private static final Pattern ITALIAN_BBAN = Pattern.compile("[A-Z][0-9]{10}[A-Z0-9]{12}");
  private static final Set<String> ITALIAN_LAYOUT = Set.of("IT", "SM");

  // IBAN length of every country in the SWIFT IBAN Registry, release 99 (December 2024).
  private static final Map<String, Integer> LENGTHS =
      Pattern.compile(" ")
          .splitAsStream(
              "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22"
                  + " CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22"
                  + " GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30"
                  + " KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20"
                  + " MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22"
                  + " RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26"
                  + " UA29 VA22 VG24 XK20 YE30")
          .collect(
              Collectors.toUnmodifiableMap(
                  entry -> entry.substring(0, 2), entry -> Integer.parseInt(entry.substring(2))));

  private Iban(String value) {
    super(value);
  }

  /** Accepts the paper form too: spaces anywhere and lower case. */
  public static Iban of(String raw) {
    String iban = compacted(raw);
    if (!ALPHANUMERIC.matcher(iban).matches()) {
      throw new InvalidValueException("validation.iban.characters");
    }
    String country = iban.substring(0, Math.min(2, iban.length()));
    Integer length = LENGTHS.get(country);
    if (length == null) {
      throw new InvalidValueException("validation.iban.country", country);
    }
    if (iban.length() != length) {
      throw new InvalidValueException("validation.iban.length", country, length);
    }
    if (ITALIAN_LAYOUT.contains(country) && !ITALIAN_BBAN.matcher(iban.substring(4)).matches()) {
      throw new InvalidValueException("validation.iban.structure");
    }
    if (!hasValidCheckDigits(iban)) {
      throw new InvalidValueException("validation.iban.checksum");
    }
    return new Iban(iban);
  }

  /**
   * ISO 7064 MOD 97-10 with letters as 10..35 and the first four characters moved to the end; the
   * check digits themselves must be 02..98, since 00, 01 and 99 are never issued.
   */
  private static boolean hasValidCheckDigits(String iban) {
    String checkDigits = iban.substring(2, 4);
    if (!CHECK_DIGITS.matcher(checkDigits).matches()
        || checkDigits.compareTo("02") < 0
        || checkDigits.compareTo("98") > 0) {
      return false;
    }
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    int remainder = 0;
    for (int i = 0; i < rearranged.length(); i++) {
      int number = Character.digit(rearranged.charAt(i), 36);
      remainder = (remainder * (number < 10 ? 10 : 100) + number) % 97;
    }
    return remainder == 1;
  }

  public String countryCode() {
    return value().substring(0, 2);
  }

  /** The paper form: groups of four characters separated by a space. */
  public String formatted() {
    return value().replaceAll("(.{4})(?!$)", "$1 ");
  }
}
