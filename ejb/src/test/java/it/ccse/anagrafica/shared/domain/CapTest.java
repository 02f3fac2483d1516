package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CapTest {

  @ParameterizedTest
  // Torino, Roma (leading zero), Aosta: cap column of comuni_istat_2025.csv.
  @ValueSource(strings = {"10121", "00118", " 11100 "})
  void acceptsFiveDigits(String raw) {
    assertEquals(raw.strip(), Cap.of(raw).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1012", "101210", "1012A", "10 121", "I-10121", "１０１２１"})
  void rejectsAnythingElse(String raw) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Cap.of(raw));
    assertEquals("validation.cap.format", e.messageKey());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = "  ")
  void requiresAValue(String raw) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Cap.of(raw));
    assertEquals("validation.required", e.messageKey());
  }

  @Test
  void isAValue() {
    assertEquals(Cap.of("10121"), Cap.of(" 10121"));
    assertEquals(Cap.of("10121").hashCode(), Cap.of(" 10121").hashCode());
    assertEquals("10121", Cap.of("10121").toString());
  }
}
