package it.ccse.anagrafica.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ON-7 with MD-12: a local unit of the legacy registry joins an imported company's file. */
class LegacyLocalUnitTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 10, 0);
  private static final Address ADDRESS =
      Address.asRecorded("Via Cigna", "96", "10152", "01", "TO", "001272");

  private static Company imported() {
    return Company.importedFromLegacyRegistry(CompanyDataFixture.complete(), NOW);
  }

  @Test
  void on7AnImportedUnitIsALocalUnitWithItsKeyAddressAndUla() {
    var company = imported();

    var unit = company.importLocalUnit(" U-1 ", " Deposito Nord ", ADDRESS, 12).orElseThrow();

    assertEquals(SiteKind.LOCAL_UNIT, unit.getKind());
    assertEquals("Deposito Nord", unit.getName());
    assertEquals(ADDRESS, unit.getAddress());
    assertEquals(12, unit.getEmployees());
    assertEquals(Optional.of("U-1"), unit.legacyKey());
    assertEquals(Optional.of(unit), company.importedLocalUnit("U-1"));
    assertEquals(2, company.getSites().size(), "with the registered office");
  }

  @Test
  void on7TheSameKeyAgainIsAlreadyPresent() {
    var company = imported();
    company.importLocalUnit("U-1", "Deposito Nord", ADDRESS, null);

    assertTrue(company.importLocalUnit("U-1", "Altro nome", ADDRESS, 3).isEmpty());
    assertEquals(2, company.getSites().size());
  }

  @Test
  void on7NameUlaAndKeyFollowTheRulesOfTheFile() {
    var company = imported();

    assertEquals("name", field(() -> company.importLocalUnit("U-1", " ", ADDRESS, null)));
    assertEquals("name", field(() -> company.importLocalUnit("U-1", "x".repeat(251), ADDRESS, 1)));
    assertEquals("employees", field(() -> company.importLocalUnit("U-1", "D", ADDRESS, -1)));
    assertEquals("legacyKey", field(() -> company.importLocalUnit("U 1", "D", ADDRESS, 1)));
  }

  @Test
  void on7OnlyACompanyOfTheLegacyRegistryTakesItsUnits() {
    var registered = new Company("01234560017", "01234560017", "Registrata", NOW);

    var e =
        assertThrows(
            InvalidValueException.class,
            () -> registered.importLocalUnit("U-1", "Deposito", ADDRESS, 1));

    assertEquals("legacyImport.companyNotImported", e.messageKey());
  }

  private static String field(Runnable action) {
    return assertThrows(InvalidFieldException.class, action::run).field();
  }
}
