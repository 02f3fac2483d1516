package it.ccse.anagrafica.shared.domain;

import java.io.Serializable;
import java.util.regex.Pattern;

/** Codice di avviamento postale: five digits (Poste Italiane). */
public final class Cap implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");

  private final String value;

  private Cap(String value) {
    this.value = value;
  }

  public static Cap of(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException("validation.required");
    }
    String cap = raw.strip();
    if (!FIVE_DIGITS.matcher(cap).matches()) {
      throw new InvalidValueException("validation.cap.format");
    }
    return new Cap(cap);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cap that && value.equals(that.value);
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
