package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 (SE-2, SE-3, BK-1): V35 ships the sample sector types and ATOs, and a sector has its own
 * bank whole or not at all; on H2 here and on PostgreSQL in the subclass.
 */
class V35__ActivitySectorsTest extends MigrationTestBase {

  private static final Timestamp NOW = Timestamp.valueOf(LocalDateTime.of(2026, 5, 4, 10, 0));

  V35__ActivitySectorsTest() {
    super("sectors");
  }

  @BeforeAll
  void migrate() throws Exception {
    migrateTo("latest");
    execute(
        "INSERT INTO company (id, version, codice_fiscale, ragione_sociale, created_at)"
            + " VALUES (1, 0, '12345670017', 'Impresa 1', ?)",
        NOW);
  }

  @Test
  void seedsTheWaterServiceWithItsServicesAndAtosOfTwoRegions() throws SQLException {
    assertEquals(
        List.of("ACQUEDOTTO", "FOGNATURA", "DEPURAZIONE"),
        rows(
            "SELECT code FROM sector_service WHERE sector_type_code = 'SERVIZIO_IDRICO'"
                + " ORDER BY service_order"));
    assertEquals(
        List.of("01", "03"), rows("SELECT DISTINCT region_code FROM ato ORDER BY region_code"));
  }

  @Test
  void aSectorsOwnBankIsWholeOrAbsent() throws SQLException {
    insert(1, "s-1", "'IT60X0542811101000000123456'", "'Banca'");
    insert(2, "s-2", "NULL", "NULL");
    var half =
        assertThrows(
            SQLException.class, () -> insert(3, "s-3", "'IT60X0542811101000000123456'", "NULL"));
    assertEquals("23", half.getSQLState().substring(0, 2));
  }

  private void insert(long id, String publicId, String iban, String bank) throws SQLException {
    execute(
        "INSERT INTO activity_sector (id, version, public_id, company_id, state, iban, bank_name,"
            + " created_by, created_at) VALUES (?, 0, ?, 1, 'DRAFT', "
            + iban
            + ", "
            + bank
            + ", 'op', ?)",
        id,
        publicId,
        NOW);
  }
}
