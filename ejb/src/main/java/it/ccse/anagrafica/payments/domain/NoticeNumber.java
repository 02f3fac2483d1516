package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The "Numero Avviso" (or "Codice Avviso") a debtor gives any payment channel with the creditor's
 * fiscal code: 18 digits, here always aux digit 3 followed by the {@link Iuv} (schema NAV.3 of the
 * SACI), because CCSE's IUVs carry a segregation code.
 */
public final class NoticeNumber implements Serializable {

  private static final long serialVersionUID = 1L;
  static final char AUX_DIGIT = '3';
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final int LENGTH = 18;

  private final Iuv iuv;

  private NoticeNumber(Iuv iuv) {
    this.iuv = iuv;
  }

  public static NoticeNumber of(Iuv iuv) {
    if (iuv == null) {
      throw new InvalidValueException("validation.required");
    }
    return new NoticeNumber(iuv);
  }

  /** Reads the 18 digits, also in the printed form with its groups of four. */
  public static NoticeNumber parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException("validation.required");
    }
    String number = SPACES.matcher(raw).replaceAll("");
    if (!DIGITS.matcher(number).matches()) {
      throw new InvalidValueException("pagopa.noticeNumber.digits");
    }
    if (number.length() != LENGTH) {
      throw new InvalidValueException("pagopa.noticeNumber.length");
    }
    if (number.charAt(0) != AUX_DIGIT) {
      throw new InvalidValueException("pagopa.noticeNumber.auxDigit");
    }
    return new NoticeNumber(Iuv.parse(number.substring(1)));
  }

  public Iuv iuv() {
    return iuv;
  }

  /** The 18 digits, as the QR code and the payment channels take them. */
  public String value() {
    return AUX_DIGIT + iuv.value();
  }

  /**
   * As the notice prints it (AVVISO.CODICE of the pagoPA notice layout, Allegato 2: "22 caratteri
   * spazi compresi", groups of 4 separated by a space), e.g. {@code 3222 0115 1398 5741 81}.
   */
  public String grouped() {
    return value().replaceAll("(.{4})(?!$)", "$1 ");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NoticeNumber that && iuv.equals(that.iuv);
  }

  @Override
  public int hashCode() {
    return iuv.hashCode();
  }

  @Override
  public String toString() {
    return value();
  }
}
