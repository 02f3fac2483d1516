package it.ccse.anagrafica.reconciliation.infrastructure.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.reconciliation.application.RegisterExtract;
import it.ccse.anagrafica.reconciliation.application.RegisterStaging;
import it.ccse.anagrafica.shared.infrastructure.persistence.Jdbc;
import it.ccse.anagrafica.shared.infrastructure.persistence.TestDatabases;
import it.ccse.anagrafica.shared.infrastructure.persistence.migration.V18__UnloggedRegisterStaging;
import it.ccse.anagrafica.shared.infrastructure.persistence.migration.V19__RegisterStagingWithoutAutovacuum;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * BA-1 staging on H2, the embedded default of the run command (JDBC batches); the PostgreSQL
 * subclass runs the same on COPY. Duplicates found with a window function, the bad-rows CSV, and
 * values with the characters COPY escapes kept as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterStagingTest {

  private static final String HEADER =
      "codice_fiscale;partita_iva;denominazione;forma_giuridica;cciaa;rea;indirizzo;civico;cap;"
          + "comune_istat;pec;stato_attivita;data_iscrizione;data_cessazione;ateco;"
          + "legale_rappresentante_cf\n";
  private static final String LINE =
      "01234560017;01234560017;Esempio S.p.A.;SPA;MI;7654321;Via Ripamonti;88;20141;015146;;"
          + "ATTIVA;2001-05-02;;49.41.00;\n";

  protected Connection connection;
  private JdbcRegisterStaging staging;

  protected FluentConfiguration start() throws Exception {
    return TestDatabases.h2("staging");
  }

  protected void stop(Connection connection) throws Exception {
    TestDatabases.shutdownH2(connection);
  }

  @BeforeAll
  void migrate() throws Exception {
    DataSource dataSource =
        TestDatabases.migrate(
            start(),
            new V18__UnloggedRegisterStaging(),
            new V19__RegisterStagingWithoutAutovacuum());
    connection = dataSource.getConnection();
    staging = new JdbcRegisterStaging();
    var field = JdbcRegisterStaging.class.getDeclaredField("dataSource");
    field.setAccessible(true);
    field.set(staging, dataSource);
  }

  @AfterAll
  void close() throws Exception {
    stop(connection);
  }

  @Test
  void ba1StagesAndReportsDuplicatesAndBadLines() throws Exception {
    staging.write(7, entries(LINE + LINE.replace("Esempio", "Ripetuta") + "solo;due\n"));
    staging.rejectDuplicates(7);

    assertEquals(new RegisterStaging.ImportCounts(1, 2), staging.counts(7));
    var csv = new String(staging.errorsCsv(7), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertEquals("\uFEFFriga;colonna;valore;motivo", lines.get(0));
    assertTrue(lines.get(1).startsWith("3;codice_fiscale;01234560017;"), csv);
    assertTrue(lines.get(2).startsWith("4;;;"), csv);
  }

  @Test
  void ba1KeepsBackslashesTabsAndLineBreaksOfAValue() throws Exception {
    String name = "Caff\u00e8 \\ \"Al\tPorto\"\nS.r.l.";
    staging.write(8, entries(LINE.replace("Esempio S.p.A.", csvQuoted(name))));
    staging.rejectDuplicates(8);

    assertEquals(new RegisterStaging.ImportCounts(1, 0), staging.counts(8));
    assertEquals(
        List.of(name),
        Jdbc.rows(
            connection,
            "SELECT denominazione FROM register_staging WHERE import_id = ?",
            rs -> rs.getString(1),
            8L));
  }

  @Test
  void ba1StagesAChunkLongerThanOneSendOfTheCopy() throws Exception {
    String name = "Caff\u00e8 \\ \"Al\tPorto\"";
    var lines = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      lines.append(i == 1_000 ? LINE.replace("Esempio S.p.A.", csvQuoted(name)) : LINE);
    }

    staging.write(12, entries(lines.toString()));

    assertEquals(2_000, staging.counts(12).staged());
    assertEquals(
        List.of(name),
        Jdbc.rows(
            connection,
            "SELECT denominazione FROM register_staging WHERE import_id = ? AND line = 1002",
            rs -> rs.getString(1),
            12L));
  }

  @Test
  void ba1RestartsFromTheStartWhenTheStagedLinesWereLost() throws Exception {
    staging.write(9, entries(LINE + "solo;due\n"));
    assertEquals(2, staging.resumeAt(9, 2), "all there: resume at the checkpoint");

    Jdbc.update(connection, "DELETE FROM register_staging WHERE import_id = 9");

    assertEquals(0, staging.resumeAt(9, 2), "lost after a crash: from the start");
    assertEquals(new RegisterStaging.ImportCounts(0, 0), staging.counts(9));
  }

  @Test
  void ba1ANewImportEmptiesTheStagingOfEarlierOnes() throws Exception {
    staging.write(10, entries(LINE + "solo;due\n"));

    assertEquals(0, staging.resumeAt(11, 0));

    assertEquals(0, staging.counts(10).staged(), "staged lines gone");
    assertEquals(1, staging.counts(10).rejected(), "the report of its bad lines kept");
  }

  private static String csvQuoted(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static List<RegisterExtract.Entry> entries(String lines) {
    var entries = new ArrayList<RegisterExtract.Entry>();
    try (var extract =
        RegisterExtract.open(new StringReader(HEADER + lines), Set.of("015146")::contains)) {
      extract.forEachRemaining(entries::add);
    }
    return entries;
  }
}
