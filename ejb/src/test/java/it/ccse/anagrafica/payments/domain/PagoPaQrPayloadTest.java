package it.ccse.anagrafica.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The QR text of the notice layout, Allegato 2, "Codice QR"
 * (https://docs.pagopa.it/avviso-pagamento/allegato-2/specifiche-tecniche/dati-per-il-pagamento/codice-qr):
 * {@code PAGOPA|002|<18 characters>|<11 characters>|<cents, 2 to 11 characters>}; the page's
 * example is {@code PAGOPA|002|000000000000000000|00000000000|9999}.
 */
class PagoPaQrPayloadTest {

  private static final NoticeNumber NOTICE = NoticeNumber.parse("322201151398574181");
  private static final CodiceFiscale CREDITOR = CodiceFiscale.of("81005750021");

  @Test
  void writesTheIoAppExample() {
    // pagoPA's IO app (pagopa/io-app, ts/utils/__tests__/payment.test.ts) decodes this text.
    PagoPaQrPayload payload = new PagoPaQrPayload(NOTICE, CREDITOR, Money.of("0.01"));

    assertEquals("PAGOPA|002|322201151398574181|81005750021|01", payload.text());
    assertEquals(payload, PagoPaQrPayload.parse(payload.text()));
  }

  @ParameterizedTest
  @CsvSource({
    // The layout page's example amount, 9999 cents.
    "99.99, 9999",
    "30.00, 3000",
    "30, 3000",
    "0.01, 01",
    "0.10, 10",
    "1234.56, 123456",
    // The largest: 11 digits of cents, AVVISO.IMPORTO's 999.999.999,99.
    "999999999.99, 99999999999",
  })
  void writesTheAmountInCents(String euros, String cents) {
    PagoPaQrPayload payload = new PagoPaQrPayload(NOTICE, CREDITOR, Money.of(euros));

    assertEquals(cents, payload.cents());
    assertEquals("PAGOPA|002|322201151398574181|81005750021|" + cents, payload.text());
    assertEquals(Money.of(euros), PagoPaQrPayload.parse(payload.text()).amount());
  }

  @ParameterizedTest
  @CsvSource({
    "0, pagopa.amount.notPositive",
    "0.00, pagopa.amount.notPositive",
    "1000000000.00, pagopa.amount.tooLarge",
  })
  void refusesAnAmountPagoPaCannotCarry(String euros, String key) {
    Money amount = Money.of(euros);

    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> new PagoPaQrPayload(NOTICE, CREDITOR, amount));
    assertEquals(key, e.messageKey());
  }

  @Test
  void refusesAPersonAsCreditor() {
    CodiceFiscale person = CodiceFiscale.of("BRNGNN71B26L219T");

    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new PagoPaQrPayload(NOTICE, person, Money.of("30.00")));
    assertEquals("pagopa.creditor.notOrganisation", e.messageKey());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PAGOPA|003|322201151398574181|81005750021|01",
        "PAPAGO|002|322201151398574181|81005750021|01",
        "PAGOPA|002|322201151398574181|810057500211|01",
        "PAGOPA|002|322201151398574181|81005750021|01A",
        "PAGOPA|002|322201151398574181|81005750021|1",
        "PAGOPA|002|322201151398574181|81005750021|123456789012",
        "PAGOPA|002|322201151398574181|81005750021",
        "PAGOPA|002|322201151398574181|81005750021|01|",
        "",
      })
  void refusesAnotherText(String text) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> PagoPaQrPayload.parse(text));
    assertEquals("pagopa.qr.format", e.messageKey(), text);
  }

  @Test
  void checksTheFieldsItReads() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> PagoPaQrPayload.parse("PAGOPA|002|322201151398574182|81005750021|01"));
    assertEquals("pagopa.iuv.checkDigits", e.messageKey());
  }
}
