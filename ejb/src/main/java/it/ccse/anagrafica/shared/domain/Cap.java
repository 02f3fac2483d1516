package it.ccse.anagrafica.shared.domain;

/** Codice di avviamento postale: five digits (Poste Italiane). */
public final class Cap extends StringValue {

  // 2: the value moved to StringValue, so older serialised forms cannot be read.
  private static final long serialVersionUID = 2L;

  private Cap(String value) {
    super(value);
  }

  public static Cap of(String raw) {
    String cap = stripped(raw);
    if (!isDigits(cap, 5)) {
      throw new InvalidValueException("validation.cap.format");
    }
    return new Cap(cap);
  }
}
