package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The text of the notice's QR code, {@code PAGOPA|002|<notice number>|<creditor's fiscal
 * code>|<amount in cents>} (pagoPA notice layout, Allegato 2, "Codice QR":
 * https://docs.pagopa.it/avviso-pagamento/allegato-2/specifiche-tecniche/dati-per-il-pagamento/codice-qr).
 * There the notice number has 18 characters, the fiscal code 11, the amount is in euro cents with
 * no separator, "minimo 2, massimo 11 caratteri": 30.00 € is {@code 3000}, 0.01 € is {@code 01}.
 *
 * @param creditorFiscalCode the creditor's numeric fiscal code (11 digits, never a person's)
 * @param amount more than zero and at most 999,999,999.99 €, the most 11 digits of cents hold
 */
public record PagoPaQrPayload(
    NoticeNumber noticeNumber, CodiceFiscale creditorFiscalCode, Money amount) {

  private static final String PREFIX = "PAGOPA|002|";
  private static final Pattern CENTS = Pattern.compile("[0-9]{2,11}");
  // 11 digits of cents; also the largest AVVISO.IMPORTO of the layout (999.999.999,99).
  static final Money LARGEST = Money.of("999999999.99");

  public PagoPaQrPayload {
    if (noticeNumber == null || creditorFiscalCode == null || amount == null) {
      throw new InvalidValueException("validation.required");
    }
    requireCreditor(creditorFiscalCode);
    requirePayable(amount);
  }

  /** Reads a QR code's text back, e.g. from a rendered notice; any other text is refused. */
  public static PagoPaQrPayload parse(String text) {
    String[] fields = text == null ? new String[0] : text.split("\\|", -1);
    if (fields.length != 5
        || !text.startsWith(PREFIX)
        || !CENTS.matcher(fields[4]).matches()
        || fields[3].length() != 11) {
      throw new InvalidValueException("pagopa.qr.format");
    }
    return new PagoPaQrPayload(
        NoticeNumber.parse(fields[2]),
        CodiceFiscale.of(fields[3]),
        Money.of(new BigDecimal(fields[4]).movePointLeft(2)));
  }

  /** A notice's creditor is an organisation: the QR code has room for 11 digits only. */
  static void requireCreditor(CodiceFiscale creditorFiscalCode) {
    if (creditorFiscalCode.isPersonal()) {
      throw new InvalidValueException("pagopa.creditor.notOrganisation");
    }
  }

  /** pagoPA takes no notice of zero, and Money already refuses negatives and fractions of cents. */
  static void requirePayable(Money amount) {
    if (amount.isZero()) {
      throw new InvalidValueException("pagopa.amount.notPositive");
    }
    if (amount.compareTo(LARGEST) > 0) {
      throw new InvalidValueException("pagopa.amount.tooLarge");
    }
  }

  /** The amount in cents, at least two digits. */
  public String cents() {
    return String.format("%02d", amount.amount().movePointRight(2).longValueExact());
  }

  /** The text to encode in the QR code. */
  public String text() {
    return PREFIX + noticeNumber.value() + "|" + creditorFiscalCode.value() + "|" + cents();
  }

  @Override
  public String toString() {
    return text();
  }
}
