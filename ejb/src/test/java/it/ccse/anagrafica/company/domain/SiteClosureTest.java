package it.ccse.anagrafica.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.domain.FileFixture;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RQ-1: a local unit is transferred or closed, a company ceases, by the aggregate's methods. */
class SiteClosureTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 9, 0);
  private static final Address MILANO =
      Address.asRecorded("Via Dante", "5", "20121", "03", "MI", "015146");

  private final FileFixture f = new FileFixture();

  @Test
  void rq1ATransferRenamesAndMovesTheUnitWhichTheMapPlacesAgain() {
    f.unit.placeAt(new GeoPoint(new BigDecimal("45.07"), new BigDecimal("7.68")));

    f.unit.transfer(" Deposito Milano ", MILANO);

    assertEquals("Deposito Milano", f.unit.getName());
    assertEquals(MILANO, f.unit.getAddress());
    assertEquals(Optional.empty(), f.unit.position());
  }

  @Test
  void rq1TheRegisteredOfficeIsNeitherTransferredNorClosed() {
    var moved = assertThrows(InvalidValueException.class, () -> f.office.transfer("X", MILANO));
    var closed = assertThrows(InvalidValueException.class, () -> f.office.close(AT));

    assertEquals("file.onlyLocalUnits", moved.messageKey());
    assertEquals("file.onlyLocalUnits", closed.messageKey());
    assertFalse(f.office.isClosed());
  }

  @Test
  void rq1AClosedUnitHasItsDevicesRevokedAndKeepsItsHistory() {
    var requested = f.unit.requestDevice("dev-new");

    f.unit.close(AT);

    assertTrue(f.unit.isClosed());
    assertEquals(DeviceState.REVOKED, f.unitDevice.state());
    assertEquals(DeviceState.REVOKED, requested.state());
    assertEquals(List.of(f.production), f.unit.getCategories());
    assertEquals(List.of(f.delegate), f.unit.getDelegates());
    assertEquals(List.of(), f.unit.problems());
  }

  @Test
  void rq1AClosedUnitIsNeitherClosedAgainNorTransferred() {
    f.unit.close(AT);

    var again = assertThrows(InvalidValueException.class, () -> f.unit.close(AT));
    var moved = assertThrows(InvalidValueException.class, () -> f.unit.transfer("X", MILANO));

    assertEquals("file.siteClosed", again.messageKey());
    assertEquals("file.siteClosed", moved.messageKey());
  }

  @Test
  void rq1TheEmployeesOfAClosedUnitCountNoMore() {
    f.unit.describe("Stabilimento", 12);
    assertEquals(Optional.of(EmployeeThreshold.MORE_THAN_TEN), f.company.employeeThreshold());

    f.unit.close(AT);

    assertEquals(Optional.empty(), f.company.employeeThreshold());
  }

  @Test
  void rq1ACompanyCeasesOnce() {
    assertFalse(f.company.isCeased());

    f.company.cease(AT);

    assertTrue(f.company.isCeased());
    var again = assertThrows(InvalidValueException.class, () -> f.company.cease(AT));
    assertEquals("file.companyCeased", again.messageKey());
  }
}
