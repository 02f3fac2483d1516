package it.ccse.anagrafica.shared.domain;

/**
 * Posta elettronica certificata: a mailbox whose messages have legal value (DPR 68/2005). Its
 * syntax is that of an {@link Email}; any domain is accepted, since providers are many and change,
 * but it is a type of its own so that a PEC is never taken for an ordinary address.
 */
public final class Pec extends StringValue {

  // 2: the value moved to StringValue, so older serialised forms cannot be read.
  private static final long serialVersionUID = 2L;

  private Pec(String value) {
    super(value);
  }

  public static Pec of(String raw) {
    return new Pec(Email.normalise(raw, "validation.pec.length", "validation.pec.format"));
  }

  public String domain() {
    return value().substring(value().lastIndexOf('@') + 1);
  }

  /** The same mailbox as an ordinary address, e.g. to send to it. */
  public Email asEmail() {
    return Email.of(value());
  }
}
