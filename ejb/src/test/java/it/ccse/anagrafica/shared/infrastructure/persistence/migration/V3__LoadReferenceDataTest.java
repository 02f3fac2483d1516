package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.infrastructure.persistence.TestDatabases;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs all migrations for real on an in-memory H2 and checks what the reference load left. */
class V3__LoadReferenceDataTest extends MigrationTestBase {

  V3__LoadReferenceDataTest() {
    super("ref");
  }

  @BeforeAll
  void migrate() throws Exception {
    long begin = System.nanoTime();
    connection = TestDatabases.migrate(start(), new V3__LoadReferenceData()).getConnection();
    System.out.printf(
        "%s: all migrations in %d ms%n",
        getClass().getSimpleName(), (System.nanoTime() - begin) / 1_000_000);
  }

  @Test
  void loadsEveryRowOfEveryFile() throws SQLException {
    assertEquals(20, count("SELECT COUNT(*) FROM ref_region"));
    assertEquals(107, count("SELECT COUNT(*) FROM ref_province"));
    assertEquals(7896, count("SELECT COUNT(*) FROM ref_comune"));
    assertEquals(19352, count("SELECT COUNT(*) FROM ref_comune_history"));
    assertEquals(11451, count("SELECT COUNT(*) FROM ref_comune_history WHERE ceased"));
    assertEquals(221, count("SELECT COUNT(*) FROM ref_foreign_state"));
    assertEquals(3156, count("SELECT COUNT(*) FROM ref_ateco WHERE classification = '2025'"));
    assertEquals(3157, count("SELECT COUNT(*) FROM ref_ateco WHERE classification = '2007-2022'"));
  }

  @Test
  void torinoIsInProvinceToOfPiemonte() throws SQLException {
    try (ResultSet row =
        query(
            "SELECT c.name, c.province_sigla, p.region_code, c.codice_catastale, c.latitude,"
                + " r.name FROM ref_comune c JOIN ref_province p ON p.sigla = c.province_sigla"
                + " JOIN ref_region r ON r.code = c.region_code WHERE c.istat_code = ?",
            "001272")) {
      assertTrue(row.next());
      assertEquals("Torino", row.getString(1));
      assertEquals("TO", row.getString(2));
      assertEquals("01", row.getString(3));
      assertEquals("L219", row.getString(4));
      assertEquals(45, row.getBigDecimal(5).intValue());
      assertEquals("Piemonte", row.getString(6));
    }
  }

  @Test
  void comuniWithoutCapOrCoordinatesKeepNulls() throws SQLException {
    assertEquals(7, count("SELECT COUNT(*) FROM ref_comune WHERE cap IS NULL"));
    assertEquals(73, count("SELECT COUNT(*) FROM ref_comune WHERE latitude IS NULL"));
    assertEquals(
        new BigDecimal("7.768096"),
        value("SELECT longitude FROM ref_comune WHERE istat_code = ?", "001001"));
  }

  @Test
  void historyKeepsCeasedComuniAndOpensTheCurrentPeriod() throws SQLException {
    // Abbadia Alpina (A003) was merged away in 1928: a valid birthplace, but no comune today.
    assertEquals(0, count("SELECT COUNT(*) FROM ref_comune WHERE codice_catastale = 'A003'"));
    try (ResultSet row =
        query(
            "SELECT name, ceased, valid_from, valid_to FROM ref_comune_history"
                + " WHERE codice_catastale = ?",
            "A003")) {
      assertTrue(row.next());
      assertEquals("ABBADIA ALPINA", row.getString(1));
      assertTrue(row.getBoolean(2));
      assertEquals(LocalDate.of(1864, 4, 1), row.getObject(3, LocalDate.class));
      assertEquals(LocalDate.of(1928, 12, 5), row.getObject(4, LocalDate.class));
    }
    try (ResultSet row =
        query("SELECT ceased, valid_to FROM ref_comune_history WHERE id = ?", 10038L)) {
      assertTrue(row.next(), "Torino's current ANPR row");
      assertFalse(row.getBoolean(1));
      assertNull(row.getObject(2), "9999-12-31 is stored as NULL");
    }
  }

  @Test
  void z404IsTheUnitedStates() throws SQLException {
    try (ResultSet row =
        query(
            "SELECT name_en, active, valid_to FROM ref_foreign_state WHERE codice_belfiore = ?",
            "Z404")) {
      assertTrue(row.next());
      assertEquals("United States", row.getString(1));
      assertTrue(row.getBoolean(2));
      assertNull(row.getObject(3));
    }
    assertEquals(10, count("SELECT COUNT(*) FROM ref_foreign_state WHERE NOT active"));
  }

  @Test
  void atecoKeepsHierarchyAndTitles() throws SQLException {
    try (ResultSet row =
        query(
            "SELECT level, parent_code, title_en FROM ref_ateco"
                + " WHERE classification = ? AND code = ?",
            "2025",
            "01.1")) {
      assertTrue(row.next());
      assertEquals(3, row.getInt(1));
      assertEquals("01", row.getString(2));
      assertEquals("GROWING OF NON-PERENNIAL CROPS", row.getString(3));
    }
    // Only ATECO 2025 comes with English titles.
    assertEquals(3156, count("SELECT COUNT(*) FROM ref_ateco WHERE title_en IS NOT NULL"));
    assertNotNull(value("SELECT title_it FROM ref_ateco WHERE code = ?", "A"));
  }

  private ResultSet query(String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.closeOnCompletion();
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement.executeQuery();
  }

  private Object value(String sql, Object... parameters) throws SQLException {
    try (ResultSet row = query(sql, parameters)) {
      assertTrue(row.next(), sql);
      return row.getObject(1);
    }
  }

  private long count(String sql) throws SQLException {
    return ((Number) value(sql)).longValue();
  }
}
