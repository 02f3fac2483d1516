package it.ccse.anagrafica.shared.domain;

import java.util.regex.Pattern;

/**
 * ON-7: the key the legacy registry gave a record of a company (an activity sector, a local unit),
 * kept with it so that a file imported again finds it "Già presente". One to 40 letters, digits and
 * {@code . _ / -}; compared as written, after stripping the spaces around it.
 */
public final class LegacyKey {

  private static final Pattern KEY = Pattern.compile("[\\p{Alnum}._/-]{1,40}");

  private LegacyKey() {}

  /**
   * @throws InvalidValueException {@code validation.required} when blank, {@code legacyImport.key}
   *     when not a key
   */
  public static String of(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException("validation.required");
    }
    String key = value.strip();
    if (!KEY.matcher(key).matches()) {
      throw new InvalidValueException("legacyImport.key");
    }
    return key;
  }
}
