package it.ccse.anagrafica.reconciliation.infrastructure.jdbc;

import it.ccse.anagrafica.reconciliation.application.MisalignmentMerger;
import it.ccse.anagrafica.reconciliation.application.RegisterReconciliation;
import it.ccse.anagrafica.reconciliation.application.RegisterReconciliation.Outcome;
import it.ccse.anagrafica.reconciliation.domain.RegisterField;
import it.ccse.anagrafica.shared.infrastructure.persistence.DatabaseSchema;
import it.ccse.anagrafica.shared.infrastructure.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * BA-2's statements, set-based (one per step, never one company at a time), on one connection: the
 * differences of an import merged into the misalignments (opened, refreshed, resolved; a
 * self-certified value is not raised again until the register's value changes) and the register's
 * activity status recorded. Plain JDBC that H2 and PostgreSQL both run, so it is tested on both.
 */
@ApplicationScoped
public class MisalignmentMerge implements MisalignmentMerger {

  private static final String SAME_FIELD =
      " FROM misalignment m WHERE m.company_id = d.company_id AND m.field = d.field";

  private static final Logger LOG = Logger.getLogger(MisalignmentMerge.class.getName());

  @Resource(lookup = DatabaseSchema.DATASOURCE)
  private DataSource dataSource;

  @Override
  public Result merge(long importId, LocalDateTime now) {
    try (Connection c = dataSource.getConnection()) {
      return run(c, importId, Timestamp.valueOf(now));
    } catch (SQLException e) {
      throw new IllegalStateException("Reconciling with the Business Register failed", e);
    }
  }

  /** Adds how long the step since {@code start} took; returns now. */
  private static long lap(StringJoiner steps, String step, long start) {
    long now = System.nanoTime();
    steps.add(step + " " + (now - start) / 1_000_000 + " ms");
    return now;
  }

  static Result run(Connection c, long importId, Timestamp now) throws SQLException {
    if (Jdbc.longs(
            c,
            "SELECT 1 FROM register_staging WHERE import_id = ? FETCH FIRST 1 ROWS ONLY",
            importId)
        .isEmpty()) {
      throw new RegisterReconciliation.NothingStaged(importId);
    }
    Set<Long> changed = new TreeSet<>();
    var steps = new StringJoiner(", ", "BA-2 import " + importId + ": ", "");
    long start = System.nanoTime();
    boolean postgres = c.isWrapperFor(PGConnection.class);
    if (postgres) {
      // Without fresh statistics the planner picks nested loops over a million rows: the import
      // analysed the staging table when it ended (RegisterStaging.rejectDuplicates), the
      // misalignments may have been bulk-changed since. Hash joins of a million rows want more
      // than the default memory.
      Jdbc.update(c, "SET LOCAL work_mem = '128MB'");
      Jdbc.update(c, "ANALYZE misalignment");
    }
    Jdbc.update(c, "DELETE FROM register_difference WHERE import_id = ?", importId);
    String into =
        "INSERT INTO register_difference (import_id, company_id, field, declared_value,"
            + " register_value) ";
    if (postgres) {
      // PostgreSQL never runs INSERT … SELECT on parallel workers, but does for CREATE TABLE … AS:
      // the one pass over a million rows is split across the cores, then the few differences are
      // copied. A plain table (temporary ones cannot be prepared for XA), dropped in the same
      // transaction.
      Jdbc.update(
          c,
          "CREATE UNLOGGED TABLE register_difference_pass AS "
              + RegisterField.differences(importId));
      Jdbc.update(c, into + "SELECT * FROM register_difference_pass");
      Jdbc.update(c, "DROP TABLE register_difference_pass");
      Jdbc.update(c, "ANALYZE register_difference");
    } else {
      Jdbc.update(c, into + RegisterField.differences(), importId);
    }
    start = lap(steps, "differences", start);
    String inRegister =
        " AND m.company_id IN (SELECT c.id FROM company c JOIN register_staging s ON"
            + " s.codice_fiscale = c.codice_fiscale AND s.import_id = ?)";
    String noLongerDiffers =
        " NOT EXISTS (SELECT 1 FROM register_difference d WHERE d.import_id = ? AND"
            + " d.company_id = m.company_id AND d.field = m.field)";
    changed.addAll(
        Jdbc.longs(
            c,
            "SELECT m.company_id FROM misalignment m WHERE m.status = 'OPEN'"
                + inRegister
                + " AND"
                + noLongerDiffers,
            importId,
            importId));
    int resolved =
        Jdbc.update(
            c,
            "UPDATE misalignment m SET status = 'RESOLVED', closed_at = ?, version = version + 1"
                + " WHERE m.status = 'OPEN'"
                + inRegister
                + " AND"
                + noLongerDiffers,
            now,
            importId,
            importId);
    start = lap(steps, "resolved", start);
    String differs =
        " FROM register_difference d WHERE d.import_id = ? AND d.company_id = m.company_id AND"
            + " d.field = m.field";
    changed.addAll(
        Jdbc.longs(
            c,
            "SELECT m.company_id FROM misalignment m JOIN register_difference d ON d.company_id ="
                + " m.company_id AND d.field = m.field AND d.import_id = ? WHERE m.status ="
                + " 'OPEN' AND (m.register_value <> d.register_value OR"
                + " COALESCE(m.declared_value, '') <> COALESCE(d.declared_value, ''))",
            importId));
    int stillOpen =
        Jdbc.update(
            c,
            "UPDATE misalignment m SET declared_value = (SELECT d.declared_value"
                + differs
                + "), register_value = (SELECT d.register_value"
                + differs
                + "), last_seen = ?, version = version + 1 WHERE m.status = 'OPEN' AND EXISTS"
                + " (SELECT 1"
                + differs
                + ")",
            importId,
            importId,
            now,
            importId);
    start = lap(steps, "refreshed", start);
    // What is left once the open ones (refreshed above) and the self-certified ones with the same
    // register value are taken out is new. Inserting from a table the statement does not read
    // avoids scanning the misalignments while they grow.
    Jdbc.update(
        c,
        "DELETE FROM register_difference d WHERE d.import_id = ? AND (EXISTS (SELECT 1"
            + SAME_FIELD
            + " AND m.status = 'OPEN') OR EXISTS (SELECT 1"
            + SAME_FIELD
            + " AND m.status = 'CERTIFIED' AND UPPER(TRIM(m.register_value)) ="
            + " UPPER(TRIM(d.register_value))))",
        importId);
    start = lap(steps, "pruned", start);
    changed.addAll(
        Jdbc.longs(c, "SELECT company_id FROM register_difference WHERE import_id = ?", importId));
    start = lap(steps, "listed", start);
    int opened =
        Jdbc.update(
            c,
            "INSERT INTO misalignment (company_id, field, declared_value, register_value, status,"
                + " first_seen, last_seen, version) SELECT d.company_id, d.field,"
                + " d.declared_value, d.register_value, 'OPEN', ?, ?, 0 FROM register_difference d"
                + " WHERE d.import_id = ?",
            now,
            now,
            importId);
    start = lap(steps, "opened", start);
    // The register's state is kept only where it is not ATTIVA (null = active, or never in an
    // extract), so only two small sets can change: the lines that are not ATTIVA, and the
    // companies recorded as not ATTIVA (each a partial index on PostgreSQL, V20). The million
    // others
    // are not joined at all.
    String stateOf =
        "SELECT s.codice_fiscale, s.activity_status, s.ceased_on FROM register_staging s";
    Jdbc.update(
        c,
        "MERGE INTO company c USING ("
            + stateOf
            + " WHERE s.import_id = ? AND (s.activity_status <> 'ATTIVA' OR s.ceased_on IS NOT"
            + " NULL) UNION "
            + stateOf
            + " JOIN company k ON k.codice_fiscale = s.codice_fiscale WHERE s.import_id = ? AND"
            + " (k.register_status IS NOT NULL OR k.register_ceased_on IS NOT NULL)) s ON"
            + " (c.codice_fiscale = s.codice_fiscale) WHEN MATCHED AND (COALESCE(c.register_status,"
            + " 'ATTIVA') <> s.activity_status OR c.register_ceased_on IS DISTINCT FROM"
            + " s.ceased_on) THEN UPDATE SET register_status = NULLIF(s.activity_status,"
            + " 'ATTIVA'), register_ceased_on = s.ceased_on",
        importId,
        importId);
    Jdbc.update(c, "DELETE FROM register_difference WHERE import_id = ?", importId);
    lap(steps, "register status", start);
    LOG.info(steps::toString);
    return new Result(new Outcome(opened, stillOpen, resolved, changed.size()), changed);
  }
}
