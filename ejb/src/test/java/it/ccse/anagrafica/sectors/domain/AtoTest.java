package it.ccse.anagrafica.sectors.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SE-3: an ATO is offered within its validity, both days included. */
class AtoTest {

  private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 12, 31);

  @Test
  void isValidFromItsFirstToItsLastDay() {
    var ato = Ato.of("01", "PIE-3", "ATO 3 Torinese", FROM, TO);

    assertFalse(ato.isValidOn(FROM.minusDays(1)));
    assertTrue(ato.isValidOn(FROM));
    assertTrue(ato.isValidOn(TO));
    assertFalse(ato.isValidOn(TO.plusDays(1)));
    assertTrue(Ato.of("01", "PIE-3", "ATO 3 Torinese", FROM, null).isValidOn(TO.plusYears(50)));
  }

  @Test
  void doesNotEndBeforeItStarts() {
    assertEquals(
        "ato.period",
        assertThrows(InvalidValueException.class, () -> Ato.of("01", "X", "X", TO, FROM))
            .messageKey());
  }

  @Test
  void se3ANewImportsLineRenamesOrRetiresTheSameAtoOnly() {
    var ato = Ato.of("01", "TO1", "ATO 3 Torinese", FROM, null);
    ato.takeFrom(Ato.of("01", "TO1", "ATO 3 Torino", FROM, TO));
    assertEquals("ATO 3 Torino", ato.getName());
    assertEquals(TO, ato.getValidTo());
    assertThrows(
        IllegalArgumentException.class, () -> ato.takeFrom(Ato.of("01", "TO2", "X", FROM, null)));
  }
}
