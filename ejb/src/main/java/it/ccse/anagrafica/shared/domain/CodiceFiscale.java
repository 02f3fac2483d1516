package it.ccse.anagrafica.shared.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Codice fiscale (DM 23 dicembre 1976, DPR 605/1973): 16 characters for a person, or 11 digits for
 * any other subject (built like a {@link PartitaIva}).
 *
 * <p>A personal code is checked for its layout, its check character, and a real date of birth.
 * Whether the birthplace exists needs reference data: see {@link
 * #requireKnownBirthplace(BirthplaceRegistry)}.
 *
 * <p>{@link #value()} is the code in upper case without spaces, as given (omocodia letters are
 * kept).
 */
public final class CodiceFiscale extends StringValue {

  // 2: the value moved to StringValue, so older serialised forms cannot be read.
  private static final long serialVersionUID = 2L;
  private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
  // Surname, name, year, month, day, birthplace letter and digits, check character. Where a digit
  // is expected, omocodia (two people with the same code) may replace it with L..V for 0..9.
  private static final Pattern PERSONAL =
      Pattern.compile("[A-Z]{6}[0-9L-NP-V]{2}[A-Z][0-9L-NP-V]{2}[A-Z][0-9L-NP-V]{3}[A-Z]");
  private static final String OMOCODIA_LETTERS = "LMNPQRSTUV";
  // 0-based: positions 7, 8, 10, 11, 13, 14, 15 of the specification.
  private static final int[] OMOCODIA_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
  private static final String MONTH_LETTERS = "ABCDEHLMPRST";
  // Value of the characters in odd positions (1st, 3rd, ...), indexed by 0-9 or A-Z; in even
  // positions a character is worth its own index. Table of the DM 23/12/1976, annex.
  private static final int[] ODD_VALUES = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
  };

  // Set only for personal codes.
  private final LocalDate birthDate;
  private final Sex sex;
  private final String birthplaceCode;

  private CodiceFiscale(String value, LocalDate birthDate, Sex sex, String birthplaceCode) {
    super(value);
    this.birthDate = birthDate;
    this.sex = sex;
    this.birthplaceCode = birthplaceCode;
  }

  /** Parses the code, ignoring case and spaces, with today's date in Italy. */
  public static CodiceFiscale of(String raw) {
    return of(raw, Clock.system(ITALY));
  }

  /**
   * Parses the code; the clock decides the century of the birth year, which the code gives with two
   * digits only: the latest century that does not put the birth in the future.
   */
  public static CodiceFiscale of(String raw, Clock clock) {
    String code = compacted(raw);
    return switch (code.length()) {
      case 11 -> ofEntity(code);
      case 16 -> ofPerson(code, LocalDate.ofInstant(clock.instant(), ITALY));
      default -> throw new InvalidValueException("validation.codiceFiscale.length");
    };
  }

  private static CodiceFiscale ofEntity(String code) {
    if (!isDigits(code, 11)) {
      throw new InvalidValueException("validation.codiceFiscale.characters");
    }
    if (!PartitaIva.hasValidCheckDigit(code)) {
      throw new InvalidValueException("validation.codiceFiscale.checkCharacter");
    }
    if (!PartitaIva.hasValidOfficeCode(code)) {
      throw new InvalidValueException("validation.codiceFiscale.officeCode");
    }
    return new CodiceFiscale(code, null, null, null);
  }

  private static CodiceFiscale ofPerson(String code, LocalDate today) {
    if (!PERSONAL.matcher(code).matches()) {
      throw new InvalidValueException("validation.codiceFiscale.characters");
    }
    if (checkCharacter(code) != code.charAt(15)) {
      throw new InvalidValueException("validation.codiceFiscale.checkCharacter");
    }
    String plain = withoutOmocodia(code);
    int day = Integer.parseInt(plain.substring(9, 11));
    Sex sex = day > 40 ? Sex.FEMALE : Sex.MALE;
    LocalDate birthDate =
        birthDate(
            Integer.parseInt(plain.substring(6, 8)),
            MONTH_LETTERS.indexOf(plain.charAt(8)) + 1,
            sex == Sex.FEMALE ? day - 40 : day,
            today);
    return new CodiceFiscale(code, birthDate, sex, plain.substring(11, 15));
  }

  private static char checkCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = code.charAt(i);
      int index = Character.isDigit(c) ? c - '0' : c - 'A';
      // i is 0-based, so even i are the odd positions of the specification.
      sum += i % 2 == 0 ? ODD_VALUES[index] : index;
    }
    return (char) ('A' + sum % 26);
  }

  private static String withoutOmocodia(String code) {
    char[] chars = code.toCharArray();
    for (int position : OMOCODIA_POSITIONS) {
      int digit = OMOCODIA_LETTERS.indexOf(chars[position]);
      if (digit >= 0) {
        chars[position] = (char) ('0' + digit);
      }
    }
    return new String(chars);
  }

  private static LocalDate birthDate(int twoDigitYear, int month, int day, LocalDate today) {
    if (month > 0) {
      for (int century : new int[] {2000, 1900}) {
        YearMonth yearMonth = YearMonth.of(century + twoDigitYear, month);
        if (yearMonth.isValidDay(day) && !yearMonth.atDay(day).isAfter(today)) {
          return yearMonth.atDay(day);
        }
      }
    }
    throw new InvalidValueException("validation.codiceFiscale.birthDate");
  }

  /**
   * Rejects a personal code whose birthplace the registry does not know; codes of entities have no
   * birthplace and pass.
   *
   * @return this code, for chaining after {@link #of(String)}
   */
  public CodiceFiscale requireKnownBirthplace(BirthplaceRegistry registry) {
    if (isPersonal() && !registry.isKnown(birthplaceCode)) {
      throw new InvalidValueException("validation.codiceFiscale.birthplace", birthplaceCode);
    }
    return this;
  }

  /** Whether this is the 16-character code of a natural person. */
  public boolean isPersonal() {
    return birthDate != null;
  }

  /**
   * A person's code where a person is asked for (legal representative, delegate, signer).
   *
   * @return this code, for chaining
   */
  public CodiceFiscale requirePersonal() {
    if (!isPersonal()) {
      throw new InvalidValueException("validation.codiceFiscale.notPersonal");
    }
    return this;
  }

  /** Whether the text is a well-formed personal code, check character included. */
  public static boolean isPersonal(String value) {
    try {
      return of(value).isPersonal();
    } catch (InvalidValueException e) {
      return false;
    }
  }

  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  public Optional<Sex> sex() {
    return Optional.ofNullable(sex);
  }

  /** Codice catastale of the comune or foreign state of birth, digits restored from omocodia. */
  public Optional<String> birthplaceCode() {
    return Optional.ofNullable(birthplaceCode);
  }
}
