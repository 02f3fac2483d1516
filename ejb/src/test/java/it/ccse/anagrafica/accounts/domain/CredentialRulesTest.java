package it.ccse.anagrafica.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ON-3 signing PIN and ON-6 password policy. */
class CredentialRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"482915", "9081726", "10293847"})
  void ON3_acceptsPinsOfSixToEightUnguessableDigits(String pin) {
    assertDoesNotThrow(() -> Pin.check(pin.toCharArray()));
  }

  @ParameterizedTest
  @CsvSource({
    "12345, account.pin.format",
    "123456789, account.pin.format",
    "12a456, account.pin.format",
    "111111, account.pin.guessable",
    "123456, account.pin.guessable",
    "87654321, account.pin.guessable"
  })
  void ON3_refusesMalformedOrGuessablePins(String pin, String key) {
    var e = assertThrows(InvalidValueException.class, () -> Pin.check(pin.toCharArray()));
    assertEquals(key, e.messageKey());
  }

  @ParameterizedTest
  @CsvSource({
    "Corta#1, account.password.tooShort",
    "solamentelettere, account.password.composition",
    "1234567890, account.password.composition",
    "MarioRossi#2026, account.password.containsUsername"
  })
  void ON6_passwordPolicy(String password, String key) {
    var e =
        assertThrows(
            InvalidValueException.class,
            () -> PasswordPolicy.check(password.toCharArray(), "mariorossi"));
    assertEquals(key, e.messageKey());
  }
}
