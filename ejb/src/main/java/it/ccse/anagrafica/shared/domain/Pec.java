package it.ccse.anagrafica.shared.domain;

import java.io.Serializable;

/**
 * Posta elettronica certificata: a mailbox whose messages have legal value (DPR 68/2005). Its
 * syntax is that of an {@link Email}; any domain is accepted, since providers are many and change,
 * but it is a type of its own so that a PEC is never taken for an ordinary address.
 */
public final class Pec implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String value;

  private Pec(String value) {
    this.value = value;
  }

  public static Pec of(String raw) {
    return new Pec(Email.normalise(raw, "validation.pec.length", "validation.pec.format"));
  }

  public String value() {
    return value;
  }

  public String domain() {
    return value.substring(value.lastIndexOf('@') + 1);
  }

  /** The same mailbox as an ordinary address, e.g. to send to it. */
  public Email asEmail() {
    return Email.of(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pec that && value.equals(that.value);
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
