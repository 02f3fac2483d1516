package it.ccse.anagrafica.shared.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount in euros, to the cent. Amounts are never negative unless created with {@code ofSigned}
 * (a balance, a refund): an amount due or paid below zero is always a mistake.
 */
public final class Money implements Comparable<Money>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SCALE = 2;
  // Plain notation only: an exponent such as 1E+999999999 would expand to a huge number.
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

  /** The largest amount a column of amounts (NUMERIC(12, 2)) holds; no fee or payment nears it. */
  static final BigDecimal MAXIMUM = new BigDecimal("9999999999.99");

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    this.amount = amount;
  }

  /** Parses a plain decimal with a dot, e.g. {@code "12.50"}: locales belong to the UI. */
  public static Money of(String amount) {
    return of(parse(amount));
  }

  public static Money of(BigDecimal amount) {
    Money money = ofSigned(amount);
    if (money.isNegative()) {
      throw new InvalidValueException("validation.money.negative");
    }
    return money;
  }

  public static Money ofSigned(String amount) {
    return ofSigned(parse(amount));
  }

  /** Accepts any sign; more than two decimals are refused unless they are trailing zeros. */
  public static Money ofSigned(BigDecimal amount) {
    if (amount == null) {
      throw new InvalidValueException("validation.required");
    }
    if (amount.stripTrailingZeros().scale() > SCALE) {
      throw new InvalidValueException("validation.money.scale");
    }
    if (amount.abs().compareTo(MAXIMUM) > 0) {
      throw new InvalidValueException("validation.money.tooLarge");
    }
    return new Money(amount.setScale(SCALE));
  }

  private static BigDecimal parse(String amount) {
    if (amount == null || amount.isBlank()) {
      throw new InvalidValueException("validation.required");
    }
    String plain = amount.strip();
    if (!DECIMAL.matcher(plain).matches()) {
      throw new InvalidValueException("validation.money.format");
    }
    return new BigDecimal(plain);
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  /** A fee per item times the number of items (VW-6: per vehicle). */
  public Money times(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("A count is never negative");
    }
    return new Money(amount.multiply(BigDecimal.valueOf(count)));
  }

  /**
   * The difference, which must not be negative; for a signed difference use {@code
   * Money.ofSigned(a.amount().subtract(b.amount()))}.
   */
  public Money minus(Money other) {
    return of(amount.subtract(other.amount));
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Whether the amount has no cents, as payment channels that take whole euros require. */
  public boolean wholeEuros() {
    return amount.remainder(BigDecimal.ONE).signum() == 0;
  }

  /** The amount with exactly two decimals. */
  public BigDecimal amount() {
    return amount;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money that && amount.equals(that.amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /** The plain amount, e.g. {@code 12.50}, without currency. */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
