package it.ccse.anagrafica.it;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh valid 11-digit company codes, so every test registers its own company. */
final class CompanyCodes {

  private CompanyCodes() {}

  /** 7 random digits, office code 001, Luhn check digit. */
  static String unique() {
    String base = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "001";
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int digit = base.charAt(i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return base + (10 - sum % 10) % 10;
  }
}
