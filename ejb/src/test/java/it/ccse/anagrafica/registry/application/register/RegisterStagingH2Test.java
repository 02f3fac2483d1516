package it.ccse.anagrafica.registry.application.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * BA-1 on H2, the embedded default of the run command (the integration tests use PostgreSQL, where
 * chunks go in with COPY): JDBC batches, duplicates found with a window function, the bad-rows CSV.
 */
class RegisterStagingH2Test {

  private static final String HEADER =
      "codice_fiscale;partita_iva;denominazione;forma_giuridica;cciaa;rea;indirizzo;civico;cap;"
          + "comune_istat;pec;stato_attivita;data_iscrizione;data_cessazione;ateco;"
          + "legale_rappresentante_cf\n";
  private static final String LINE =
      "01234560017;01234560017;Esempio S.p.A.;SPA;MI;7654321;Via Ripamonti;88;20141;015146;;"
          + "ATTIVA;2001-05-02;;49.41.00;\n";

  @Test
  void ba1StagesWithBatchesAndReportsDuplicatesAndBadLines() throws Exception {
    var h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:staging;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    var staging = new RegisterStaging();
    var field = RegisterStaging.class.getDeclaredField("dataSource");
    field.setAccessible(true);
    field.set(staging, h2);

    var entries = new ArrayList<RegisterExtract.Entry>();
    try (var extract =
        RegisterExtract.open(
            new StringReader(HEADER + LINE + LINE.replace("Esempio", "Ripetuta") + "solo;due\n"),
            Set.of("015146")::contains)) {
      extract.forEachRemaining(entries::add);
    }
    staging.write(7, entries);
    staging.rejectDuplicates(7);

    assertEquals(new RegisterStaging.ImportCounts(1, 2), staging.counts(7));
    var csv = new String(staging.errorsCsv(7), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertEquals("\uFEFFriga;colonna;valore;motivo", lines.get(0));
    assertTrue(lines.get(1).startsWith("3;codice_fiscale;01234560017;"), csv);
    assertTrue(lines.get(2).startsWith("4;;;"), csv);
  }
}
