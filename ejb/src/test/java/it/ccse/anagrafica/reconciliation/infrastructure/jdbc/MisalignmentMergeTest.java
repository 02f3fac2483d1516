package it.ccse.anagrafica.reconciliation.infrastructure.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.reconciliation.application.RegisterReconciliation;
import it.ccse.anagrafica.shared.infrastructure.persistence.Jdbc;
import it.ccse.anagrafica.shared.infrastructure.persistence.TestDatabases;
import it.ccse.anagrafica.shared.infrastructure.persistence.migration.V18__UnloggedRegisterStaging;
import it.ccse.anagrafica.shared.infrastructure.persistence.migration.V20__RegisterStateIndexes;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * BA-2's set-based statements on the real schema: H2 here (the embedded default the run command
 * uses), PostgreSQL in the subclass (production).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MisalignmentMergeTest {

  private static final Timestamp NOW = Timestamp.valueOf(LocalDateTime.of(2026, 11, 23, 2, 0));

  private Connection connection;

  protected FluentConfiguration start() throws Exception {
    return TestDatabases.h2("merge");
  }

  protected void stop(Connection connection) throws Exception {
    TestDatabases.shutdownH2(connection);
  }

  @BeforeAll
  void migrate() throws Exception {
    connection =
        TestDatabases.migrate(
                start(), new V18__UnloggedRegisterStaging(), new V20__RegisterStateIndexes())
            .getConnection();
    for (long id : List.of(1L, 2L)) {
      Jdbc.update(
          connection,
          "INSERT INTO company (id, version, codice_fiscale, partita_iva, ragione_sociale,"
              + " legal_form, created_at) VALUES (?, 0, ?, ?, ?, 'SRL', ?)",
          id,
          "0000000000" + id,
          "0000000000" + id,
          "Impresa " + id + " S.r.l.",
          NOW);
      Jdbc.update(
          connection,
          "INSERT INTO site (id, version, company_id, kind, name, street, street_number, cap,"
              + " comune_istat_code, province_sigla, region_code, public_id) VALUES (?, 0, ?,"
              + " 'REGISTERED_OFFICE', 'Sede legale', 'Via Roma', '1', '10121', '001272', 'TO',"
              + " '01', ?)",
          id,
          id,
          "S" + id);
    }
  }

  @AfterAll
  void close() throws Exception {
    stop(connection);
  }

  @Test
  void ba2OneImportOpensRefreshesResolvesAndRecordsTheRegisterStatus() throws Exception {
    stage(1, "1", "IMPRESA 1 s.r.l. ", "3", "uno@pec.example.org", "ATTIVA", null);
    stage(1, "2", "Impresa 2 S.r.l.", "1", null, "CESSATA", LocalDate.of(2026, 6, 30));

    var first = MisalignmentMerge.run(connection, 1, NOW);

    assertEquals(new RegisterReconciliation.Outcome(2, 0, 0, 1), first.outcome());
    assertEquals(Set.of(1L), first.changed());
    assertEquals(
        List.of("1 CIVICO OPEN 1 3", "1 PEC OPEN null uno@pec.example.org"), misalignments());
    assertEquals("CESSATA", text("SELECT register_status FROM company WHERE id = 2"));
    assertEquals(null, text("SELECT register_status FROM company WHERE id = 1"), "active: no flag");
    assertEquals("2026-06-30", text("SELECT register_ceased_on FROM company WHERE id = 2"));

    stage(2, "1", "Impresa 1 S.r.l.", "5", "uno@pec.example.org", "ATTIVA", null);
    var second = MisalignmentMerge.run(connection, 2, NOW);
    assertEquals(new RegisterReconciliation.Outcome(0, 2, 0, 1), second.outcome());

    Jdbc.update(connection, "UPDATE misalignment SET status = 'CERTIFIED' WHERE field = 'PEC'");
    stage(3, "1", "Impresa 1 S.r.l.", "1", "uno@pec.example.org", "ATTIVA", null);
    stage(3, "2", "Impresa 2 S.r.l.", "1", null, "ATTIVA", null);
    var third = MisalignmentMerge.run(connection, 3, NOW);
    assertEquals(
        new RegisterReconciliation.Outcome(0, 0, 1, 1), third.outcome(), "certified not raised");
    assertEquals(
        List.of("1 CIVICO RESOLVED 1 5", "1 PEC CERTIFIED null uno@pec.example.org"),
        misalignments());
    assertEquals(null, text("SELECT register_status FROM company WHERE id = 2"), "active again");
    assertEquals(null, text("SELECT register_ceased_on FROM company WHERE id = 2"));
  }

  @Test
  void ba2AnImportWithoutLinesIsRefused() {
    var refused =
        assertThrows(
            RegisterReconciliation.NothingStaged.class,
            () -> MisalignmentMerge.run(connection, 99, NOW));
    assertTrue(refused.getMessage().contains("99"), refused.getMessage());
  }

  private void stage(
      long importId,
      String company,
      String name,
      String number,
      String pec,
      String status,
      LocalDate ceased)
      throws SQLException {
    Jdbc.update(
        connection,
        "INSERT INTO register_staging (import_id, line, codice_fiscale, partita_iva,"
            + " denominazione, forma_giuridica, street, street_number, cap, comune_istat_code,"
            + " pec, activity_status, ceased_on) VALUES (?, ?, ?, ?, ?, 'SRL', 'Via Roma', ?,"
            + " '10121', '001272', ?, ?, ?)",
        importId,
        Long.parseLong(company),
        "0000000000" + company,
        "0000000000" + company,
        name,
        number,
        pec,
        status,
        ceased == null ? null : Date.valueOf(ceased));
  }

  private List<String> misalignments() throws SQLException {
    try (var rs =
        connection
            .createStatement()
            .executeQuery(
                "SELECT company_id, field, status, declared_value, register_value FROM"
                    + " misalignment ORDER BY company_id, field")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(
            String.join(
                " ",
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                String.valueOf(rs.getString(4)),
                rs.getString(5)));
      }
      return rows;
    }
  }

  private String text(String sql) throws SQLException {
    try (var rs = connection.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
