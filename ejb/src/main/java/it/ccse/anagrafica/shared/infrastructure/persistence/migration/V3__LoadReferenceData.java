package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import it.ccse.anagrafica.shared.domain.reference.AtecoActivity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the {@code ref_*} tables created by V2 from the CSVs under {@code /reference} (sources and
 * licences in reference/SOURCES.md). The files stay as published, so a data update is a diff
 * against its source plus a new migration, and plain JDBC keeps the load portable between H2 and
 * PostgreSQL.
 */
public class V3__LoadReferenceData extends BaseJavaMigration {

  private static final Logger LOG = Logger.getLogger(V3__LoadReferenceData.class.getName());
  private static final int BATCH_SIZE = 1000;
  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  /** ANPR's "still valid" end date, stored as NULL. */
  private static final String ANPR_OPEN_END = "9999-12-31";

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    // Parents before children: the foreign keys are checked row by row.
    loadRegions(connection);
    loadProvinces(connection);
    loadComuni(connection);
    loadComuneHistory(connection);
    loadForeignStates(connection);
    loadAteco(connection, AtecoActivity.ATECO_2025, "ateco_2025.csv");
    loadAteco(connection, AtecoActivity.ATECO_2007_2022, "ateco_2007_agg2022.csv");
  }

  private static void loadRegions(Connection connection) throws IOException, SQLException {
    load(
        connection,
        "regioni_istat_2025.csv",
        "ref_region",
        "code, name, special_statute, codice_fiscale, nuts2, macro_area",
        r ->
            new Object[] {
              r.get("codice_regione"),
              r.get("denominazione"),
              "statuto speciale".equals(r.get("tipo")),
              r.get("codice_fiscale"),
              text(r.get("nuts2")),
              r.get("ripartizione")
            });
  }

  private static void loadProvinces(Connection connection) throws IOException, SQLException {
    load(
        connection,
        "province_uts_istat_2025.csv",
        "ref_province",
        "sigla, codice_uts, historical_code, name, kind, codice_fiscale, region_code",
        r ->
            new Object[] {
              r.get("sigla"),
              r.get("codice_uts"),
              r.get("codice_provincia_storico"),
              r.get("denominazione"),
              r.get("tipo"),
              r.get("codice_fiscale"),
              r.get("codice_regione")
            });
  }

  private static void loadComuni(Connection connection) throws IOException, SQLException {
    load(
        connection,
        "comuni_istat_2025.csv",
        "ref_comune",
        "istat_code, name, codice_catastale, codice_fiscale_ente, province_sigla, region_code,"
            + " cap, latitude, longitude",
        r ->
            new Object[] {
              r.get("codice_istat"),
              r.get("denominazione"),
              r.get("codice_catastale"),
              r.get("codice_fiscale_ente"),
              r.get("sigla_provincia"),
              r.get("codice_regione"),
              text(r.get("cap")),
              decimal(r.get("lat")),
              decimal(r.get("lon"))
            });
  }

  private static void loadComuneHistory(Connection connection) throws IOException, SQLException {
    load(
        connection,
        "comuni_storico_anpr.csv",
        "ref_comune_history",
        "id, istat_code, codice_catastale, name, province_sigla, valid_from, valid_to, ceased",
        r ->
            new Object[] {
              Long.valueOf(r.get("ID")),
              r.get("CODISTAT"),
              r.get("CODCATASTALE"),
              r.get("DENOMINAZIONE_IT"),
              r.get("SIGLAPROVINCIA"),
              LocalDate.parse(r.get("DATAISTITUZIONE")),
              ANPR_OPEN_END.equals(r.get("DATACESSAZIONE"))
                  ? null
                  : LocalDate.parse(r.get("DATACESSAZIONE")),
              "C".equals(r.get("STATO"))
            });
  }

  private static void loadForeignStates(Connection connection) throws IOException, SQLException {
    load(
        connection,
        "stati_esteri_belfiore.csv",
        "ref_foreign_state",
        "codice_belfiore, name, name_en, active, valid_from, valid_to",
        r ->
            new Object[] {
              r.get("codice_belfiore"),
              r.get("denominazione"),
              text(r.get("denominazione_en")),
              Boolean.valueOf(r.get("attivo")),
              LocalDate.parse(r.get("data_inizio")),
              date(r.get("data_fine"))
            });
  }

  /** Both ATECO files share a shape; only the 2025 one has English titles. */
  private static void loadAteco(Connection connection, String classification, String file)
      throws IOException, SQLException {
    load(
        connection,
        file,
        "ref_ateco",
        "classification, code, level, title_it, title_en, parent_code",
        r ->
            new Object[] {
              classification,
              r.get("codice"),
              Integer.valueOf(r.get("livello")),
              r.get("titolo_it"),
              r.isMapped("titolo_en") ? text(r.get("titolo_en")) : null,
              text(r.get("codice_padre"))
            });
  }

  /**
   * Inserts one row per record of {@code /reference/file}, sending a JDBC batch every {@value
   * #BATCH_SIZE} rows; {@code row} gives the values in the order of {@code columns}.
   */
  private static void load(
      Connection connection,
      String file,
      String table,
      String columns,
      Function<CSVRecord, Object[]> row)
      throws IOException, SQLException {
    long start = System.nanoTime();
    int placeholders = columns.split(",").length;
    String insert =
        "INSERT INTO %s (%s) VALUES (%s)"
            .formatted(table, columns, "?, ".repeat(placeholders - 1) + "?");
    int rows = 0;
    try (InputStream in = V3__LoadReferenceData.class.getResourceAsStream("/reference/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource /reference/" + file);
      }
      try (CSVParser records = CSV.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
          PreparedStatement statement = connection.prepareStatement(insert)) {
        for (CSVRecord record : records) {
          Object[] values = row.apply(record);
          for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
          }
          statement.addBatch();
          if (++rows % BATCH_SIZE == 0) {
            statement.executeBatch();
          }
        }
        statement.executeBatch();
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    int loaded = rows;
    LOG.info(() -> "Loaded " + loaded + " rows into " + table + " in " + millis + " ms");
  }

  private static String text(String value) {
    return value.isBlank() ? null : value;
  }

  private static BigDecimal decimal(String value) {
    return value.isBlank() ? null : new BigDecimal(value);
  }

  private static LocalDate date(String value) {
    return value.isBlank() ? null : LocalDate.parse(value);
  }
}
