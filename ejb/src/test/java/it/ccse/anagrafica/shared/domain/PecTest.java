package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PecTest {

  @Test
  void normalisesLikeAnEmail() {
    Pec pec = Pec.of(" Protocollo.Generale@PEC.Example.IT ");

    assertEquals("Protocollo.Generale@pec.example.it", pec.value());
    assertEquals("pec.example.it", pec.domain());
  }

  @Test
  void acceptsAnyDomain() {
    // Whether a mailbox is certified is not visible in its address.
    assertEquals("mario.rossi@gmail.com", Pec.of("mario.rossi@gmail.com").value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"protocollo@pec", "protocollo.pec.example.it", "proto collo@pec.example.it"})
  void reportsSyntaxErrorsUnderItsOwnKey(String raw) {
    assertKey("validation.pec.format", raw);
  }

  @Test
  void reportsTheLengthUnderItsOwnKey() {
    assertKey("validation.pec.length", "p".repeat(240) + "@pec.example.it");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void requiresAValue(String raw) {
    assertKey("validation.required", raw);
  }

  @Test
  void isAValueOfItsOwnType() {
    Pec pec = Pec.of("ufficio@pec.example.it");

    assertEquals(Pec.of("ufficio@PEC.example.it"), pec);
    assertEquals(Pec.of("ufficio@PEC.example.it").hashCode(), pec.hashCode());
    assertEquals("ufficio@pec.example.it", pec.toString());
    assertEquals(Email.of("ufficio@pec.example.it"), pec.asEmail());
    assertNotEquals(pec.asEmail(), pec);
  }

  private static void assertKey(String key, String raw) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Pec.of(raw));
    assertEquals(key, e.messageKey(), raw);
  }
}
