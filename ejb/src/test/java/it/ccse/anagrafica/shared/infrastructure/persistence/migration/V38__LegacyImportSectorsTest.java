package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 (ON-7): a legacy key names one sector and one local unit per company; records entered in
 * the portal have none, as many as they are. On H2 here and on PostgreSQL in the subclass.
 */
class V38__LegacyImportSectorsTest extends MigrationTestBase {

  private static final Timestamp NOW = Timestamp.valueOf(LocalDateTime.of(2026, 5, 4, 10, 0));

  V38__LegacyImportSectorsTest() {
    super("legacysectors");
  }

  @BeforeAll
  void migrate() throws Exception {
    migrateTo("latest");
    for (int id = 1; id <= 2; id++) {
      execute(
          "INSERT INTO company (id, version, codice_fiscale, ragione_sociale, created_at)"
              + " VALUES (?, 0, ?, 'Impresa', ?)",
          id,
          "1234567001" + id,
          NOW);
    }
  }

  @Test
  void on7ASectorsLegacyKeyIsUniquePerCompanyAndOptional() throws SQLException {
    sector(1, 1, null);
    sector(2, 1, null);
    sector(3, 1, "S-1");
    sector(4, 2, "S-1");

    var twice = assertThrows(SQLException.class, () -> sector(5, 1, "S-1"));
    assertEquals("23", twice.getSQLState().substring(0, 2));
  }

  @Test
  void on7ALocalUnitsLegacyKeyIsUniquePerCompanyAndOptional() throws SQLException {
    site(1, 1, null);
    site(2, 1, null);
    site(3, 1, "U-1");
    site(4, 2, "U-1");

    var twice = assertThrows(SQLException.class, () -> site(5, 1, "U-1"));
    assertEquals("23", twice.getSQLState().substring(0, 2));
  }

  private void sector(long id, long company, String key) throws SQLException {
    execute(
        "INSERT INTO activity_sector (id, version, public_id, company_id, state, legacy_key,"
            + " created_by, created_at) VALUES (?, 0, ?, ?, 'VALIDATED', ?, 'staff', ?)",
        id,
        "s-" + id,
        company,
        key,
        NOW);
  }

  private void site(long id, long company, String key) throws SQLException {
    execute(
        "INSERT INTO site (id, version, company_id, kind, name, public_id, legacy_key)"
            + " VALUES (?, 0, ?, 'LOCAL_UNIT', 'Unità', ?, ?)",
        id,
        company,
        "u-" + id,
        key);
  }
}
