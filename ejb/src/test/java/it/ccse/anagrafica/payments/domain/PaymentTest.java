package it.ccse.anagrafica.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PY-2, PY-3, AD-3: the rules of a payment communication. */
class PaymentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final LocalDateTime NOW = TODAY.atTime(10, 0);

  private static Payment described(String amount) {
    var payment = Payment.draft(1L, "op", NOW);
    payment.describe(
        Money.of(amount), PaymentMode.BANK_TRANSFER, "12345678901", TODAY, " nota ", TODAY);
    return payment;
  }

  private static Payment ready() {
    var payment = described("100");
    payment.allocate(7L, Money.of("60"), null, Money.of("60"));
    payment.allocate(8L, Money.of("40"), "saldo", Money.of("50"));
    payment.attach(new Receipt("r1", "ricevuta.pdf"));
    return payment;
  }

  @Test
  void py3TheAmountIsWholeEurosAboveZero() {
    var payment = Payment.draft(1L, "op", NOW);
    for (String wrong : new String[] {"0", "10.50"}) {
      var e =
          assertThrows(
              InvalidFieldException.class,
              () ->
                  payment.describe(
                      Money.of(wrong),
                      PaymentMode.BANK_TRANSFER,
                      "12345678901",
                      TODAY,
                      null,
                      TODAY));
      assertEquals("amount", e.field());
      assertEquals("payment.amount.wholeEuros", e.messageKey());
    }
    assertEquals("nota", described("100").getNote());
  }

  @Test
  void py3ThePaymentDateIsNotInTheFuture() {
    var payment = Payment.draft(1L, "op", NOW);
    var e =
        assertThrows(
            InvalidFieldException.class,
            () ->
                payment.describe(
                    Money.of("10"),
                    PaymentMode.POSTAL_ACCOUNT,
                    "VCYL 0041",
                    TODAY.plusDays(1),
                    null,
                    TODAY));
    assertEquals("paidOn", e.field());
    payment.describe(Money.of("10"), PaymentMode.POSTAL_ACCOUNT, "vcyl 0041", TODAY, null, TODAY);
    assertEquals("VCYL0041", payment.getReference());
  }

  @Test
  void py3SharesStayWithinTheAmountAndWhatThePracticeStillNeeds() {
    var payment = described("100");
    var aboveNeed =
        assertThrows(
            InvalidFieldException.class,
            () -> payment.allocate(7L, Money.of("31"), null, Money.of("30")));
    assertEquals("payment.share.aboveNeed", aboveNeed.messageKey());
    payment.allocate(7L, Money.of("70"), null, Money.of("200"));
    var aboveAmount =
        assertThrows(
            InvalidFieldException.class,
            () -> payment.allocate(8L, Money.of("31"), null, Money.of("200")));
    assertEquals("payment.share.aboveAmount", aboveAmount.messageKey());
    assertEquals(
        "payment.allocation.duplicate",
        assertThrows(
                InvalidFieldException.class,
                () -> payment.allocate(7L, Money.of("1"), null, Money.of("200")))
            .messageKey());
    assertEquals(
        "payment.amount.belowShares",
        assertThrows(
                InvalidFieldException.class,
                () ->
                    payment.describe(
                        Money.of("50"),
                        PaymentMode.BANK_TRANSFER,
                        "12345678901",
                        TODAY,
                        null,
                        TODAY))
            .messageKey());
    payment.deallocate(7L);
    assertEquals(Money.ZERO, payment.allocated());
  }

  @Test
  void py3SigningNeedsTheReceiptAndAPracticeAndRechecksTheShares() {
    var noPractice = described("100");
    noPractice.attach(new Receipt("r1", "ricevuta.pdf"));
    assertEquals(
        "payment.allocation.none",
        assertThrows(InvalidFieldException.class, () -> noPractice.submit(id -> Money.ZERO, NOW))
            .messageKey());

    var noReceipt = described("100");
    noReceipt.allocate(7L, Money.of("10"), null, Money.of("10"));
    assertEquals(
        "receipt",
        assertThrows(InvalidFieldException.class, () -> noReceipt.submit(id -> Money.of("10"), NOW))
            .field());

    // Another payment took the last euros of practice 8 meanwhile.
    var raced = ready();
    var taken =
        assertThrows(
            ConflictException.class,
            () -> raced.submit(id -> id == 8L ? Money.of("39") : Money.of("60"), NOW));
    assertEquals("payment.share.taken", taken.messageKey());
    assertEquals(PaymentState.DRAFT, raced.getState());

    raced.submit(id -> Money.of("60"), NOW);
    assertEquals(PaymentState.SUBMITTED, raced.getState());
    assertTrue(raced.getState().reserves());
    assertThrows(
        ConflictException.class, () -> raced.allocate(9L, Money.of("1"), null, Money.of("1")));
  }

  @Test
  void ad3StaffVerifyOrRejectWithAReasonOnce() {
    var verified = ready();
    verified.submit(id -> Money.of("100"), NOW);
    verified.verify("staff", NOW);
    assertEquals(PaymentState.VERIFIED, verified.getState());
    assertThrows(ConflictException.class, () -> verified.reject("no", "staff", NOW));
    assertEquals(
        "payment.receipt.verified",
        assertThrows(InvalidValueException.class, verified::removeReceipt).messageKey());

    var rejected = ready();
    rejected.submit(id -> Money.of("100"), NOW);
    assertEquals(
        "reason",
        assertThrows(InvalidFieldException.class, () -> rejected.reject(" ", "staff", NOW))
            .field());
    rejected.reject("Importo non accreditato", "staff", NOW);
    assertFalse(rejected.getState().reserves());
    assertEquals("Importo non accreditato", rejected.getRejectionReason());
  }

  @Test
  void py2RemovingTheReceiptOfASignedPaymentFlagsIt() {
    var payment = ready();
    payment.submit(id -> Money.of("100"), NOW);
    assertFalse(payment.isWithoutReceipt());
    assertEquals("r1", payment.removeReceipt().attachmentPublicId());
    assertTrue(payment.isWithoutReceipt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"VCYL 0041", "VCY123456", "vcc-1234"})
  void py3PostalReferences(String typed) {
    PaymentMode.POSTAL_ACCOUNT.reference(typed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678901", "0306909606100000012345", "a1b2c3d4e5f6g7h8"})
  void py3BankReferences(String typed) {
    PaymentMode.BANK_TRANSFER.reference(typed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567890", "VCYL 0041", "123456789012", "ABC"})
  void py3WrongBankReferences(String typed) {
    var e =
        assertThrows(InvalidFieldException.class, () -> PaymentMode.BANK_TRANSFER.reference(typed));
    assertEquals("payment.reference.cro", e.messageKey());
  }

  @Test
  void py3AWrongPostalReferenceAndNoneAtAll() {
    assertEquals(
        "payment.reference.vcy",
        assertThrows(
                InvalidFieldException.class,
                () -> PaymentMode.POSTAL_ACCOUNT.reference("12345678901"))
            .messageKey());
    assertEquals(
        "validation.required",
        assertThrows(InvalidFieldException.class, () -> PaymentMode.POSTAL_ACCOUNT.reference(" "))
            .messageKey());
  }

  @Test
  void py3WhatAPracticeStillNeedsIsItsDueLessWhatPaymentsHold() {
    var balance = new PracticeBalance(Money.of("30"), Money.of("20"), Money.of("10"));
    assertEquals(Money.of("10"), balance.stillNeeded());
    assertTrue(balance.payable());
    assertFalse(new PracticeBalance(Money.of("30"), Money.of("30"), Money.ZERO).payable());
    assertEquals(
        Money.ZERO, new PracticeBalance(Money.of("30"), Money.of("40"), Money.ZERO).stillNeeded());
  }

  @Test
  void aj3SignedUsesOfApprovedAdjustmentsHoldAndCoverThePracticeAsVerifiedPaymentsDo() {
    var balance =
        PracticeBalance.of(Money.of("50"), Money.of("20"), Money.of("10"), Money.of("15"));

    assertEquals(Money.of("35"), balance.reserved());
    assertEquals(Money.of("25"), balance.covered());
    assertEquals(Money.of("15"), balance.stillNeeded());
    var renewalPaidByAnAdjustment =
        PracticeBalance.of(Money.of("50"), Money.ZERO, Money.ZERO, Money.of("50"));
    assertFalse(renewalPaidByAnAdjustment.payable());
    assertEquals(Money.of("50"), renewalPaidByAnAdjustment.covered());
  }
}
