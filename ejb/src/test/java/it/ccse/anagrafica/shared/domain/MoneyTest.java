package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource({
    "12.50, 12.50",
    "12.5, 12.50",
    "12, 12.00",
    "' 0.1 ', 0.10",
    "12.500, 12.50",
    "0, 0.00"
  })
  void keepsTwoDecimals(String raw, String amount) {
    Money money = Money.of(raw);

    assertEquals(new BigDecimal(amount), money.amount());
    assertEquals(amount, money.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.505", "0.001", "-0.001"})
  void rejectsFractionsOfACent(String raw) {
    assertKey("validation.money.scale", () -> Money.ofSigned(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12,50", "1.234,56", "€ 12", "1E+3", "+12", ".5", "12.", "dodici"})
  void acceptsPlainDecimalsOnly(String raw) {
    assertKey("validation.money.format", () -> Money.of(raw));
  }

  /** Issue 15 security fuzz: 20 nines reached the NUMERIC(12, 2) column, an HTTP 500. */
  @Test
  void refusesAnAmountNoColumnOfAmountsHolds() {
    assertEquals(Money.MAXIMUM, Money.of(Money.MAXIMUM).amount());
    assertKey("validation.money.tooLarge", () -> Money.of("99999999999999999999"));
    assertKey("validation.money.tooLarge", () -> Money.ofSigned("-10000000000"));
  }

  @Test
  void refusesNegativeAmountsUnlessAskedFor() {
    assertKey("validation.money.negative", () -> Money.of("-0.01"));
    assertKey("validation.money.negative", () -> Money.of(new BigDecimal("-5")));

    Money refund = Money.ofSigned("-12.50");
    assertTrue(refund.isNegative());
    assertEquals(new BigDecimal("-12.50"), refund.amount());
    assertEquals(Money.ofSigned(new BigDecimal("-12.5")), refund);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void requiresAValue(String raw) {
    assertKey("validation.required", () -> Money.of(raw));
    assertKey("validation.required", () -> Money.ofSigned(raw));
  }

  @Test
  void requiresAnAmount() {
    assertKey("validation.required", () -> Money.of((BigDecimal) null));
  }

  @Test
  void adds() {
    assertEquals(Money.of("20.05"), Money.of("12.50").plus(Money.of("7.55")));
    assertEquals(Money.ofSigned("-2.50"), Money.ofSigned("-12.50").plus(Money.of("10")));
  }

  @Test
  void subtractsWithoutGoingBelowZero() {
    assertEquals(Money.of("4.95"), Money.of("12.50").minus(Money.of("7.55")));
    assertEquals(Money.ZERO, Money.of("7.55").minus(Money.of("7.55")));
    assertKey("validation.money.negative", () -> Money.of("7.55").minus(Money.of("7.56")));
  }

  @Test
  void comparesByAmount() {
    assertTrue(Money.of("12.50").compareTo(Money.of("12.49")) > 0);
    assertTrue(Money.of("0.99").compareTo(Money.of("1")) < 0);
    assertEquals(0, Money.of("12.5").compareTo(Money.of("12.50")));
    assertEquals(Money.of("12.5"), Money.of("12.50"));
    assertEquals(Money.of("12.5").hashCode(), Money.of("12.50").hashCode());
  }

  @Test
  void knowsZero() {
    assertTrue(Money.ZERO.isZero());
    assertTrue(Money.of("0.00").isZero());
    assertEquals(Money.ZERO, Money.of("0"));
    assertFalse(Money.of("0.01").isZero());
    assertFalse(Money.ZERO.isNegative());
  }

  @Test
  void knowsWholeEuros() {
    assertTrue(Money.of("16").wholeEuros());
    assertTrue(Money.of("16.00").wholeEuros());
    assertTrue(Money.ZERO.wholeEuros());
    assertTrue(Money.ofSigned("-3").wholeEuros());
    assertFalse(Money.of("16.01").wholeEuros());
    assertFalse(Money.of("0.50").wholeEuros());
  }

  private static void assertKey(String key, Executable creation) {
    InvalidValueException e = assertThrows(InvalidValueException.class, creation);
    assertEquals(key, e.messageKey());
  }
}
