package it.ccse.anagrafica.shared.domain;

import java.util.regex.Pattern;

/** Codice di avviamento postale: five digits (Poste Italiane). */
public final class Cap extends StringValue {

  // 2: the value moved to StringValue, so older serialised forms cannot be read.
  private static final long serialVersionUID = 2L;
  private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");

  private Cap(String value) {
    super(value);
  }

  public static Cap of(String raw) {
    String cap = stripped(raw);
    if (!FIVE_DIGITS.matcher(cap).matches()) {
      throw new InvalidValueException("validation.cap.format");
    }
    return new Cap(cap);
  }
}
