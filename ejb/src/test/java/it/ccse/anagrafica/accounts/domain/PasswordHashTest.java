package it.ccse.anagrafica.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

  @Test
  void matchesOnlyTheHashedSecret() {
    var hash = PasswordHash.of("Segreta#2026".toCharArray());

    assertTrue(hash.matches("Segreta#2026".toCharArray()));
    assertFalse(hash.matches("segreta#2026".toCharArray()));
  }

  @Test
  void isSaltedAndStoredInTheJakartaSecurityFormat() {
    var first = PasswordHash.of("same".toCharArray()).encoded();
    var second = PasswordHash.of("same".toCharArray()).encoded();

    assertNotEquals(first, second);
    assertTrue(first.startsWith("PBKDF2WithHmacSHA512:210000:"));
    assertTrue(PasswordHash.fromEncoded(first).matches("same".toCharArray()));
  }
}
