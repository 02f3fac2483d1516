package it.ccse.anagrafica.shared.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value object made of one normalised string. The subclass validates and normalises the input in
 * its factory and hands the result to the constructor; two instances are equal when they are of the
 * same class and hold the same string, which is also their text form.
 *
 * <p>Public so that the areas' own codes (e.g. the pagoPA IUV of {@code payments}) are written the
 * same way; its helpers stay package-private, for the shared codes' normal forms.
 */
public abstract class StringValue implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private final String value;

  protected StringValue(String value) {
    this.value = Objects.requireNonNull(value);
  }

  /**
   * The input without leading and trailing white space.
   *
   * @throws InvalidValueException {@code validation.required} if it is null or blank
   */
  static String stripped(String raw) {
    return requireText(raw).strip();
  }

  /**
   * The input without any white space (Unicode spaces included) and in upper case, the form in
   * which codes are stored.
   *
   * @throws InvalidValueException {@code validation.required} if it is null or blank
   */
  static String compacted(String raw) {
    String text = requireText(raw);
    // Most codes have no space at all: skip the regular expression (bulk imports, BA-1).
    return (spaced(text) ? SPACES.matcher(text).replaceAll("") : text).toUpperCase(Locale.ROOT);
  }

  private static boolean spaced(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text is exactly {@code length} ASCII digits: codes are checked a million times per
   * Business Register extract (BA-1), where a regular expression cost more than the rest.
   */
  static boolean isDigits(String text, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String requireText(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException("validation.required");
    }
    return raw;
  }

  /** The normalised string. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other != null
            && other.getClass() == getClass()
            && value.equals(((StringValue) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
