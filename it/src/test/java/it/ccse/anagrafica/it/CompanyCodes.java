package it.ccse.anagrafica.it;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh valid 11-digit company codes, so every test registers its own company. */
final class CompanyCodes {

  private CompanyCodes() {}

  /** 7 random digits, office code 001, Luhn check digit. */
  static String unique() {
    return numbered(ThreadLocalRandom.current().nextInt(10_000_000));
  }

  /** The code with this 7-digit number, office code 001 and its check digit. */
  static String numbered(int number) {
    String base = String.format("%07d", number) + "001";
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

  /** A fresh valid personal codice fiscale, born in Torino (L219) on 1 January 1980. */
  static String personal() {
    var random = ThreadLocalRandom.current();
    var base = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      base.append((char) ('A' + random.nextInt(26)));
    }
    base.append("80A01L219");
    int[] odd = {
      1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = base.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : c - 'A';
      sum += i % 2 == 0 ? odd[value] : value;
    }
    return base.append((char) ('A' + sum % 26)).toString();
  }
}
