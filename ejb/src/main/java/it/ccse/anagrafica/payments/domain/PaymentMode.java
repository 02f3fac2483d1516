package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Modalità" of a payment (PY-2, PY-3), each with the reference that proves it and that reference's
 * shape: the VCY code of a postal slip's receipt ("VCYL 0041": the office's letters and the
 * receipt's number), the CRO of a bank transfer (11 digits) or its SEPA TRN (16 to 35 letters and
 * digits). Spaces typed between the groups are dropped.
 */
public enum PaymentMode {
  POSTAL_ACCOUNT(Pattern.compile("VC[A-Z]{1,2}[0-9]{4,6}"), "payment.reference.vcy"),
  BANK_TRANSFER(Pattern.compile("[0-9]{11}|[A-Z0-9]{16,35}"), "payment.reference.cro");

  private static final Pattern SPACES = Pattern.compile("[\\s-]+");

  private final Pattern shape;
  private final String invalidKey;

  PaymentMode(Pattern shape, String invalidKey) {
    this.shape = shape;
    this.invalidKey = invalidKey;
  }

  /** The reference as stored, upper case without spaces; one of another shape is refused. */
  public String reference(String typed) {
    String reference =
        typed == null ? "" : SPACES.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    if (reference.isEmpty()) {
      throw new InvalidFieldException("reference", "validation.required");
    }
    if (!shape.matcher(reference).matches()) {
      throw new InvalidFieldException("reference", invalidKey);
    }
    return reference;
  }

  /** The label of the web bundle, e.g. {@code payment.mode.BANK_TRANSFER}. */
  public String labelKey() {
    return "payment.mode." + name();
  }
}
