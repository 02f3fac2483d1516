package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.StringValue;
import java.util.regex.Pattern;

/**
 * The pagoPA "codice di segregazione": two digits that PagoPA S.p.A. assigns to each point that
 * generates IUVs for a creditor, so that two points never issue the same IUV (SACI, "Il codice di
 * segregazione"). CCSE's is a setting.
 *
 * <p>Points of generation get 00 to 49 (SACI 1.3.1 § 2.1.3.2 and SACI 3.0.x; SACI 3.1+ assigns new
 * ones from 00 to 45); 96 to 99 belong to national centralised services, never to a creditor's own
 * notices, so they are refused with every other value above 49.
 */
public final class SegregationCode extends StringValue {

  private static final long serialVersionUID = 1L;
  private static final Pattern TWO_DIGITS = Pattern.compile("[0-9]{2}");
  static final int HIGHEST = 49;

  private SegregationCode(String value) {
    super(value);
  }

  public static SegregationCode of(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException("validation.required");
    }
    String code = raw.strip();
    if (!TWO_DIGITS.matcher(code).matches()) {
      throw new InvalidValueException("pagopa.segregationCode.digits");
    }
    if (Integer.parseInt(code) > HIGHEST) {
      throw new InvalidValueException("pagopa.segregationCode.range");
    }
    return new SegregationCode(code);
  }
}
