package it.ccse.anagrafica.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schema NAV.3 of the SACI: 3 + segregation code + IUV base + check digits, 18 digits; printed in
 * groups of four (notice layout, Allegato 2, AVVISO.CODICE: 22 characters with the spaces).
 */
class NoticeNumberTest {

  // pagoPA's IO app, ts/utils/__tests__/payment.test.ts (pagopa/io-app).
  private static final String IO_APP_EXAMPLE = "322201151398574181";

  @Test
  void composesTheNoticeNumberOfTheIoAppExample() {
    Iuv iuv = Iuv.of(SegregationCode.of("22"), "2011513985741");

    NoticeNumber number = NoticeNumber.of(iuv);

    assertEquals(IO_APP_EXAMPLE, number.value());
    assertEquals("3222 0115 1398 5741 81", number.grouped());
    assertEquals(22, number.grouped().length());
  }

  @ParameterizedTest
  @CsvSource({
    "322201151398574181, 22201151398574181",
    "'3222 0115 1398 5741 81', 22201151398574181",
    // Notices of other creditors found in public code: 3·02·7222801744674·80,
    // 3·01·1858500000011·30.
    "302722280174467480, 02722280174467480",
    "301185850000001130, 01185850000001130",
  })
  void readsANoticeNumber(String raw, String iuv) {
    NoticeNumber number = NoticeNumber.parse(raw);

    assertEquals(Iuv.parse(iuv), number.iuv());
    assertEquals(raw.replace(" ", ""), number.value());
  }

  @ParameterizedTest
  @CsvSource({
    "32220115139857418, pagopa.noticeNumber.length",
    "3222011513985741811, pagopa.noticeNumber.length",
    "32220115139857418A, pagopa.noticeNumber.digits",
    "3222-0115-1398-5741-81, pagopa.noticeNumber.digits",
    // Aux digits 0, 1 and 2 are other schemas, without CCSE's segregation code.
    "022201151398574181, pagopa.noticeNumber.auxDigit",
    "122201151398574181, pagopa.noticeNumber.auxDigit",
    "322201151398574182, pagopa.iuv.checkDigits",
    // GovPay's test notice: segregation code 99, a centralised service's.
    "399000012345678900, pagopa.segregationCode.range",
    "' ', validation.required",
  })
  void refusesAWrongNoticeNumber(String raw, String key) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> NoticeNumber.parse(raw));
    assertEquals(key, e.messageKey(), raw);
  }
}
