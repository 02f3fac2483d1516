package it.ccse.anagrafica.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** PY-4: the notice for what a practice still needs, and the QR code it prints. */
class PaymentNoticeTest {

  private static final CodiceFiscale CREDITOR = CodiceFiscale.of("81005750021");
  private static final NoticeNumber NOTICE =
      NoticeNumber.of(Iuv.of(SegregationCode.of("01"), "0000000000001"));
  private static final Debtor DEBTOR =
      new Debtor("  Rossi Trasporti S.r.l. ", CodiceFiscale.of("00514490010"));
  private static final LocalDate DUE = LocalDate.of(2025, 4, 30);

  @Test
  void printsTheQrCodeOfItsAmount() {
    PaymentNotice notice =
        new PaymentNotice(CREDITOR, NOTICE, Money.of("30.00"), DUE, "Rinnovo annuale 2025", DEBTOR);

    assertEquals("301000000000000144", notice.noticeNumber().value());
    assertEquals("3010 0000 0000 0001 44", notice.noticeNumber().grouped());
    assertEquals("PAGOPA|002|301000000000000144|81005750021|3000", notice.qrPayload().text());
    assertEquals("Rossi Trasporti S.r.l.", notice.debtor().name());
  }

  @Test
  void refusesAZeroAmount() {
    Money zero = Money.of("0");

    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new PaymentNotice(CREDITOR, NOTICE, zero, DUE, "Rinnovo annuale 2025", DEBTOR));
    assertEquals("pagopa.amount.notPositive", e.messageKey());
  }

  @Test
  void neverHasFractionsOfCentsOrNegativeAmounts() {
    // Money refuses them before a notice can be built.
    assertEquals(
        "validation.money.scale",
        assertThrows(InvalidValueException.class, () -> Money.of("30.001")).messageKey());
    assertEquals(
        "validation.money.negative",
        assertThrows(InvalidValueException.class, () -> Money.of("-30.00")).messageKey());
  }

  @Test
  void refusesAPersonAsCreditor() {
    CodiceFiscale person = CodiceFiscale.of("BRNGNN71B26L219T");

    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new PaymentNotice(
                    person, NOTICE, Money.of("30.00"), DUE, "Rinnovo annuale 2025", DEBTOR));
    assertEquals("pagopa.creditor.notOrganisation", e.messageKey());
  }

  @Test
  void keepsTheSubjectWithinTheLayoutsNinetyCharacters() {
    String subject = "x".repeat(91);
    Money amount = Money.of("30.00");

    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new PaymentNotice(CREDITOR, NOTICE, amount, DUE, subject, DEBTOR));
    assertEquals("validation.text.tooLong", e.messageKey());
  }

  @Test
  void requiresADueDate() {
    Money amount = Money.of("30.00");

    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new PaymentNotice(CREDITOR, NOTICE, amount, null, "Rinnovo", DEBTOR));
    assertEquals("validation.required", e.messageKey());
  }
}
