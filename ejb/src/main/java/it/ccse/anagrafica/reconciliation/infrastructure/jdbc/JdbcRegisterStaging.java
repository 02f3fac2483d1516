package it.ccse.anagrafica.reconciliation.infrastructure.jdbc;

import it.ccse.anagrafica.reconciliation.application.RegisterExtract.Accepted;
import it.ccse.anagrafica.reconciliation.application.RegisterExtract.Entry;
import it.ccse.anagrafica.reconciliation.application.RegisterExtract.Rejected;
import it.ccse.anagrafica.reconciliation.application.RegisterStaging;
import it.ccse.anagrafica.reconciliation.domain.RegisterRow;
import it.ccse.anagrafica.shared.application.csv.SpreadsheetCsv;
import it.ccse.anagrafica.shared.infrastructure.persistence.CopyText;
import it.ccse.anagrafica.shared.infrastructure.persistence.DatabaseSchema;
import it.ccse.anagrafica.shared.infrastructure.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** BA-1: the staging tables through COPY on PostgreSQL and JDBC batches elsewhere. */
@Stateless
public class JdbcRegisterStaging implements RegisterStaging {

  private static final Logger LOG = Logger.getLogger(JdbcRegisterStaging.class.getName());

  private static final String INSERT_ROW =
      "INSERT INTO register_staging (import_id, line, codice_fiscale, partita_iva, denominazione,"
          + " forma_giuridica, cciaa, rea, street, street_number, cap, comune_istat_code, pec,"
          + " activity_status, registered_on, ceased_on, ateco, legal_rep_codice_fiscale)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String COPY_ROWS =
      "COPY register_staging (import_id, line, codice_fiscale, partita_iva, denominazione,"
          + " forma_giuridica, cciaa, rea, street, street_number, cap, comune_istat_code, pec,"
          + " activity_status, registered_on, ceased_on, ateco, legal_rep_codice_fiscale)"
          + " FROM STDIN";
  private static final String INSERT_ERROR =
      "INSERT INTO register_import_error (import_id, line, column_name, raw_value, reason_key,"
          + " arguments) VALUES (?, ?, ?, ?, ?, ?)";

  @Resource(lookup = DatabaseSchema.DATASOURCE)
  private DataSource dataSource;

  @Override
  public void write(long importId, List<Entry> entries) {
    List<Accepted> accepted = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        var errors = c.prepareStatement(INSERT_ERROR)) {
      for (Entry entry : entries) {
        if (entry instanceof Accepted a) {
          accepted.add(a);
        } else if (entry instanceof Rejected r) {
          errors.setLong(1, importId);
          errors.setLong(2, r.line());
          errors.setString(3, r.column());
          errors.setString(4, clip(r.value(), 500));
          errors.setString(5, r.reasonKey());
          errors.setString(
              6,
              clip(
                  r.arguments().stream().map(String::valueOf).collect(Collectors.joining("|")),
                  200));
          errors.addBatch();
        }
      }
      errors.executeBatch();
      if (c.isWrapperFor(PGConnection.class)) {
        copy(c.unwrap(PGConnection.class), importId, accepted);
      } else {
        insert(c, importId, accepted);
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Staging the Business Register extract failed", e);
    }
  }

  /**
   * PostgreSQL: the chunk's rows in one COPY, the fastest way in (the benchmark's floor uses it
   * too), streamed while they are formatted; still in the chunk's transaction.
   */
  private static void copy(PGConnection c, long importId, List<Accepted> rows)
      throws SQLException, IOException {
    try (var text = new CopyText(new PGCopyOutputStream(c, COPY_ROWS))) {
      for (Accepted a : rows) {
        RegisterRow r = a.row();
        text.column(importId)
            .column(a.line())
            .column(r.codiceFiscale())
            .column(r.partitaIva())
            .column(clip(r.denominazione(), 300))
            .column(clip(r.legalForm(), 60))
            .column(clip(r.cciaa(), 5))
            .column(clip(r.rea(), 20))
            .column(clip(r.street(), 250))
            .column(clip(r.streetNumber(), 20))
            .column(r.cap())
            .column(r.comuneIstatCode())
            .column(r.pec())
            .column(r.status().name())
            .column(r.registeredOn())
            .column(r.ceasedOn())
            .column(clip(r.ateco(), 20))
            .column(r.legalRepCodiceFiscale())
            .endRow();
      }
    }
  }

  /** Other databases (H2, the embedded default): JDBC batches. */
  private static void insert(Connection c, long importId, List<Accepted> rows) throws SQLException {
    try (var insert = c.prepareStatement(INSERT_ROW)) {
      for (Accepted a : rows) {
        row(insert, importId, a.line(), a.row());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  @Override
  public long resumeAt(long importId, long checkpoint) {
    if (checkpoint > 0 && counts(importId).read() == checkpoint) {
      return checkpoint;
    }
    if (checkpoint > 0) {
      LOG.warning(
          () ->
              "BA-1 import "
                  + importId
                  + ": staged lines lost since checkpoint "
                  + checkpoint
                  + " (database crash?); reading the file again from the start");
    }
    try (Connection c = dataSource.getConnection()) {
      // TRUNCATE frees the space at once, inside the transaction on PostgreSQL; H2 would commit.
      Jdbc.update(
          c,
          c.isWrapperFor(PGConnection.class)
              ? "TRUNCATE register_staging"
              : "DELETE FROM register_staging");
      Jdbc.update(c, "DELETE FROM register_import_error WHERE import_id = ?", importId);
    } catch (SQLException e) {
      throw new IllegalStateException("Emptying the staging table failed", e);
    }
    return 0;
  }

  @Override
  public void rejectDuplicates(long importId) {
    try (Connection c = dataSource.getConnection()) {
      boolean postgres = c.isWrapperFor(PGConnection.class);
      if (postgres) {
        // Just bulk-loaded: fresh statistics for the reconciliation's joins, from a small sample
        // (codes nearly all distinct and one import id: a tenth of the default says as much, in
        // a tenth of the time); memory for counting a million codes.
        Jdbc.update(c, "SET LOCAL work_mem = '128MB'");
        Jdbc.update(c, "SET LOCAL default_statistics_target = 10");
        Jdbc.update(c, "ANALYZE register_staging");
      }
      // Most extracts have none: one count says so, before the sort of every line by code that
      // naming the first line of each duplicate needs. On PostgreSQL the codes are counted by
      // their bytes (ASCII codes: equal means byte-equal), which sorts faster than any locale.
      if (Jdbc.longs(
                  c,
                  "SELECT COUNT(*) - COUNT(DISTINCT codice_fiscale"
                      + (postgres ? " COLLATE \"C\"" : "")
                      + ") FROM register_staging WHERE import_id = ?",
                  importId)
              .get(0)
          == 0) {
        return;
      }
      Jdbc.update(
          c,
          "INSERT INTO register_import_error (import_id, line, column_name, raw_value,"
              + " reason_key, arguments) SELECT x.import_id, x.line, 'codice_fiscale',"
              + " x.codice_fiscale, 'register.duplicate', CAST(x.first_line AS VARCHAR(20))"
              + " FROM (SELECT s.import_id, s.line, s.codice_fiscale, MIN(s.line) OVER"
              + " (PARTITION BY s.codice_fiscale) AS first_line FROM register_staging s"
              + " WHERE s.import_id = ?) x WHERE x.line > x.first_line",
          importId);
      Jdbc.update(
          c,
          "DELETE FROM register_staging s WHERE s.import_id = ? AND EXISTS (SELECT 1 FROM"
              + " register_import_error e WHERE e.import_id = s.import_id AND e.line = s.line"
              + " AND e.reason_key = 'register.duplicate')",
          importId);
    } catch (SQLException e) {
      throw new IllegalStateException("Checking duplicates of the extract failed", e);
    }
  }

  @Override
  public Set<String> knownComuni() {
    try (Connection c = dataSource.getConnection();
        var query = c.prepareStatement("SELECT istat_code FROM ref_comune");
        var rs = query.executeQuery()) {
      var codes = new HashSet<String>();
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
      return codes;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the comuni failed", e);
    }
  }

  @Override
  public ImportCounts counts(long importId) {
    return new ImportCounts(
        count("SELECT COUNT(*) FROM register_staging WHERE import_id = ?", importId),
        count("SELECT COUNT(*) FROM register_import_error WHERE import_id = ?", importId));
  }

  @Override
  public List<ImportError> errors(long importId) {
    try (Connection c = dataSource.getConnection();
        var query =
            c.prepareStatement(
                "SELECT line, column_name, raw_value, reason_key, arguments FROM"
                    + " register_import_error WHERE import_id = ? ORDER BY line")) {
      query.setLong(1, importId);
      try (var rs = query.executeQuery()) {
        var errors = new ArrayList<ImportError>();
        while (rs.next()) {
          errors.add(
              new ImportError(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5)));
        }
        return errors;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the import errors failed", e);
    }
  }

  @Override
  public byte[] errorsCsv(long importId) {
    var reasons = ResourceBundle.getBundle("i18n.validation", Locale.ITALIAN);
    var rows =
        errors(importId).stream()
            .map(
                e ->
                    List.of(
                        Long.toString(e.line()),
                        Objects.toString(e.column(), ""),
                        Objects.toString(e.value(), ""),
                        MessageFormat.format(
                            reasons.getString(e.reasonKey()),
                            (Object[])
                                (e.arguments() == null
                                    ? new String[0]
                                    : e.arguments().split("\\|")))))
            .toList();
    return SpreadsheetCsv.write(List.of("riga", "colonna", "valore", "motivo"), rows);
  }

  private long count(String sql, long importId) {
    try (Connection c = dataSource.getConnection()) {
      return Jdbc.longs(c, sql, importId).get(0);
    } catch (SQLException e) {
      throw new IllegalStateException("Counting the import failed", e);
    }
  }

  private static void row(PreparedStatement s, long importId, long line, RegisterRow r)
      throws SQLException {
    s.setLong(1, importId);
    s.setLong(2, line);
    s.setString(3, r.codiceFiscale());
    s.setString(4, r.partitaIva());
    s.setString(5, clip(r.denominazione(), 300));
    s.setString(6, clip(r.legalForm(), 60));
    s.setString(7, clip(r.cciaa(), 5));
    s.setString(8, clip(r.rea(), 20));
    s.setString(9, clip(r.street(), 250));
    s.setString(10, clip(r.streetNumber(), 20));
    s.setString(11, r.cap());
    s.setString(12, r.comuneIstatCode());
    s.setString(13, r.pec());
    s.setString(14, r.status().name());
    date(s, 15, r.registeredOn());
    date(s, 16, r.ceasedOn());
    s.setString(17, clip(r.ateco(), 20));
    s.setString(18, r.legalRepCodiceFiscale());
  }

  private static void date(PreparedStatement s, int index, LocalDate date) throws SQLException {
    if (date == null) {
      s.setNull(index, Types.DATE);
    } else {
      s.setDate(index, Date.valueOf(date));
    }
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
