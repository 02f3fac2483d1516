package it.ccse.anagrafica.accounts.domain;

import it.ccse.anagrafica.shared.domain.InvalidValueException;

/**
 * The signing PIN (ON-3) confirms change sets: 6 to 8 digits, not all equal and not a plain
 * ascending or descending run, which are the first codes anybody tries.
 */
public final class Pin {

  private Pin() {}

  public static void check(char[] pin) {
    String value = new String(pin);
    if (!value.matches("\\d{6,8}")) {
      throw new InvalidValueException("account.pin.format");
    }
    boolean allEqual = value.chars().distinct().count() == 1;
    boolean ascending = true;
    boolean descending = true;
    for (int i = 1; i < value.length(); i++) {
      ascending &= value.charAt(i) == value.charAt(i - 1) + 1;
      descending &= value.charAt(i) == value.charAt(i - 1) - 1;
    }
    if (allEqual || ascending || descending) {
      throw new InvalidValueException("account.pin.guessable");
    }
  }
}
