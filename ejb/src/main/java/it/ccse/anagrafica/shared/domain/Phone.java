package it.ccse.anagrafica.shared.domain;

/**
 * A telephone or fax number as people write it: digits, an optional leading {@code +} for the
 * international prefix, and the separators Italian numbers are written with (space, {@code .},
 * {@code /}, {@code -}). Its 6 to 20 digits leave room for the {@code 00} prefix and an extension;
 * at most 30 characters in all, the size of every phone column.
 */
public final class Phone extends StringValue {

  private static final long serialVersionUID = 1L;
  static final int MAX_LENGTH = 30;
  static final int MIN_DIGITS = 6;
  static final int MAX_DIGITS = 20;
  private static final String SEPARATORS = " ./-";

  private Phone(String value) {
    super(value);
  }

  /**
   * @throws InvalidValueException {@code validation.required}, {@code validation.text.tooLong},
   *     {@code validation.phone.format} or {@code validation.phone.digits}
   */
  public static Phone of(String raw) {
    String phone = stripped(raw);
    if (phone.length() > MAX_LENGTH) {
      throw new InvalidValueException("validation.text.tooLong", MAX_LENGTH, phone.length());
    }
    int digits = 0;
    for (int i = phone.startsWith("+") ? 1 : 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (SEPARATORS.indexOf(c) < 0) {
        throw new InvalidValueException("validation.phone.format");
      }
    }
    if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
      throw new InvalidValueException("validation.phone.digits", MIN_DIGITS, MAX_DIGITS);
    }
    return new Phone(phone);
  }
}
