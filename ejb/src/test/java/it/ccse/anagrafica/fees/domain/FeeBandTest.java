package it.ccse.anagrafica.fees.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** VW-6: a row of the fee tables as CCSE staff revise it. */
class FeeBandTest {

  private final FeeBand vehicle =
      new FeeBand(FeeKind.VEHICLE, 0, new BigDecimal("50"), new BigDecimal("50"), "esempio", true);

  @Test
  void vw6ARevisedRowIsNoLongerASample() {
    vehicle.revise(new BigDecimal("75.5"), new BigDecimal("40"));

    assertFalse(vehicle.isSample());
    assertEquals(Money.of("75.50"), vehicle.amount(true));
    assertEquals(Money.of("40.00"), vehicle.amount(false));
  }

  @Test
  void vw6ANegativeFeeIsRefusedAndTheRowStaysAsItWas() {
    assertThrows(
        InvalidValueException.class,
        () -> vehicle.revise(new BigDecimal("-1"), new BigDecimal("40")));

    assertTrue(vehicle.isSample());
    assertEquals(Money.of("50.00"), vehicle.amount(true));
  }
}
