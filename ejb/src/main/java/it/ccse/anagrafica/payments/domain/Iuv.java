package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.StringValue;
import java.util.regex.Pattern;

/**
 * The "Identificativo Univoco di Versamento" of a notice with aux digit 3 (schema IUV.3 of the
 * SACI): segregation code (2 digits), IUV base (13 digits, free for the creditor, unique within its
 * segregation code) and 2 check digits — 17 digits in all.
 *
 * <p>The check digits are the remainder of the division by 93 of the number formed by the aux digit
 * {@code 3}, the segregation code and the IUV base, written with two digits (SACI 1.3.1 § 2.2.2.4,
 * https://github.com/pagopa-archive/pagopa-codici-docs/blob/master/_docs/Capitolo2.rst; today's
 * SACI: https://docs.pagopa.it/saci, "Generazione dell’Identificativo Univoco di Versamento",
 * "Valore 3 del componente Aux Digit").
 */
public final class Iuv extends StringValue {

  private static final long serialVersionUID = 1L;
  private static final Pattern BASE = Pattern.compile("[0-9]{13}");
  private static final Pattern IUV = Pattern.compile("[0-9]{17}");
  private static final int MODULUS = 93;

  private Iuv(String value) {
    super(value);
  }

  /** The IUV of a new notice: the base's check digits are computed. */
  public static Iuv of(SegregationCode segregationCode, String base) {
    if (segregationCode == null || base == null || base.isBlank()) {
      throw new InvalidValueException("validation.required");
    }
    if (!BASE.matcher(base.strip()).matches()) {
      throw new InvalidValueException("pagopa.iuv.base");
    }
    String withoutCheck = segregationCode.value() + base.strip();
    return new Iuv(withoutCheck + checkDigits(withoutCheck));
  }

  /** Reads the 17 digits of an IUV, checking its segregation code and its check digits. */
  public static Iuv parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException("validation.required");
    }
    String iuv = raw.strip();
    if (!IUV.matcher(iuv).matches()) {
      throw new InvalidValueException("pagopa.iuv.format");
    }
    Iuv computed = of(SegregationCode.of(iuv.substring(0, 2)), iuv.substring(2, 15));
    if (!computed.value().equals(iuv)) {
      throw new InvalidValueException("pagopa.iuv.checkDigits");
    }
    return computed;
  }

  /** 3 + segregation code + base is at most 16 digits: a long holds it exactly. */
  static String checkDigits(String segregationCodeAndBase) {
    long number = Long.parseLong(NoticeNumber.AUX_DIGIT + segregationCodeAndBase);
    return String.format("%02d", number % MODULUS);
  }

  public SegregationCode segregationCode() {
    return SegregationCode.of(value().substring(0, 2));
  }

  /** The 13 digits the creditor chose. */
  public String base() {
    return value().substring(2, 15);
  }

  public String checkDigits() {
    return value().substring(15);
  }
}
