package it.ccse.anagrafica.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The IUV of schema IUV.3: check digits = (3 · segregation code · base) mod 93, with two digits.
 * SACI 1.3.1 § 2.2.2.4 (pagopa-archive/pagopa-codici-docs, _docs/Capitolo2.rst) and
 * https://docs.pagopa.it/saci ("Valore 3 del componente Aux Digit"); the SACI gives the rule
 * without numbers, so the examples are pagoPA's own and computed by hand.
 */
class IuvTest {

  @ParameterizedTest
  @CsvSource({
    // pagoPA's IO app, ts/utils/__tests__/payment.test.ts (pagopa/io-app): notice
    // 322201151398574181 is segregation code 22, base 2011513985741, check digits 81;
    // 3222011513985741 = 93 · 34645285096620 + 81.
    "22, 2011513985741, 81",
    // 3010000000000001 = 93 · 32365591397849 + 44.
    "01, 0000000000001, 44",
    // 3000000000000000 mod 93 = 3: one digit, written 03.
    "00, 0000000000000, 03",
    // The highest segregation code: 3491234567890123 mod 93 = 76.
    "49, 1234567890123, 76",
  })
  void computesTheCheckDigitsOfTheSaci(String segregationCode, String base, String checkDigits) {
    Iuv iuv = Iuv.of(SegregationCode.of(segregationCode), base);

    assertEquals(segregationCode + base + checkDigits, iuv.value());
    assertEquals(checkDigits, iuv.checkDigits());
    assertEquals(base, iuv.base());
    assertEquals(SegregationCode.of(segregationCode), iuv.segregationCode());
    assertEquals(iuv, Iuv.parse(iuv.value()));
  }

  @ParameterizedTest
  @CsvSource({
    "2220115139857418, pagopa.iuv.format",
    "222011513985741811, pagopa.iuv.format",
    "2220115139857418A, pagopa.iuv.format",
    // The check digits of the IO app's example, one off.
    "22201151398574182, pagopa.iuv.checkDigits",
    "22201151398574118, pagopa.iuv.checkDigits",
    // A neighbouring base with the example's check digits.
    "22201151398574281, pagopa.iuv.checkDigits",
    // 99 is a national centralised service's (CIE), never a creditor's own.
    "99000012345678900, pagopa.segregationCode.range",
    "50201151398574181, pagopa.segregationCode.range",
  })
  void refusesAWrongIuv(String raw, String key) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Iuv.parse(raw));
    assertEquals(key, e.messageKey(), raw);
  }

  @ParameterizedTest
  @CsvSource({"201151398574", "20115139857411", "201151398574A", "' '"})
  void refusesABaseOtherThanThirteenDigits(String base) {
    SegregationCode code = SegregationCode.of("22");

    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Iuv.of(code, base));
    assertEquals(base.isBlank() ? "validation.required" : "pagopa.iuv.base", e.messageKey());
  }
}
