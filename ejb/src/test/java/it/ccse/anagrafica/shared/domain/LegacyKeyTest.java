package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** ON-7: the legacy registry's key of a sector or a local unit. */
class LegacyKeyTest {

  @Test
  void on7AKeyIsStrippedAndKeptAsWritten() {
    assertEquals("Sett-01/a_b.2", LegacyKey.of("  Sett-01/a_b.2 "));
    assertEquals("x".repeat(40), LegacyKey.of("x".repeat(40)));
  }

  @Test
  void on7ABlankOrStrangeKeyIsRefused() {
    assertEquals("validation.required", key(null));
    assertEquals("validation.required", key(" "));
    assertEquals("legacyImport.key", key("due parole"));
    assertEquals("legacyImport.key", key("a;b"));
    assertEquals("legacyImport.key", key("x".repeat(41)));
  }

  private static String key(String value) {
    return assertThrows(InvalidValueException.class, () -> LegacyKey.of(value)).messageKey();
  }
}
