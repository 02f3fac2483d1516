package it.ccse.anagrafica.registry.application.register;

import it.ccse.anagrafica.notifications.application.NotificationService;
import it.ccse.anagrafica.registry.domain.register.RegisterField;
import it.ccse.anagrafica.shared.infrastructure.persistence.DatabaseSchema;
import it.ccse.anagrafica.shared.infrastructure.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * BA-2: compares every company and registered office with a staged extract, set-based (one
 * statement per step, never one company at a time), in one transaction: differences are merged into
 * the misalignments (opened, updated, resolved), the register's activity status is recorded, and
 * each company whose misalignments changed gets one notification.
 */
@Stateless
public class RegisterReconciliation {

  /** What one reconciliation did: misalignments opened, still open (refreshed), resolved. */
  public record Outcome(int opened, int stillOpen, int resolved, int companiesNotified)
      implements Serializable {

    /** The reconciliation's exit status, for the console and the history. */
    public String summary() {
      return "aperti "
          + opened
          + ", ancora aperti "
          + stillOpen
          + ", risolti "
          + resolved
          + ", aziende avvisate "
          + companiesNotified;
    }
  }

  private static final String OPEN_SAME_FIELD =
      " FROM misalignment m WHERE m.company_id = d.company_id AND m.field = d.field";

  @Resource(lookup = DatabaseSchema.DATASOURCE)
  private DataSource dataSource;

  @Inject private Clock clock;
  @EJB private NotificationService notifications;

  public Outcome reconcile(long importId) {
    var now = Timestamp.valueOf(LocalDateTime.now(clock));
    Set<Long> changed = new TreeSet<>();
    try (Connection c = dataSource.getConnection()) {
      Jdbc.update(c, "DELETE FROM register_difference WHERE import_id = ?", importId);
      for (RegisterField field : RegisterField.values()) {
        Jdbc.update(
            c,
            "INSERT INTO register_difference (import_id, company_id, field, declared_value,"
                + " register_value) "
                + field.differences(),
            importId);
      }
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
      String isNew =
          " FROM register_difference d WHERE d.import_id = ? AND NOT EXISTS (SELECT 1"
              + OPEN_SAME_FIELD
              + " AND m.status = 'OPEN') AND NOT EXISTS (SELECT 1"
              + OPEN_SAME_FIELD
              + " AND m.status = 'CERTIFIED' AND UPPER(TRIM(m.register_value)) ="
              + " UPPER(TRIM(d.register_value)))";
      changed.addAll(Jdbc.longs(c, "SELECT d.company_id" + isNew, importId));
      int opened =
          Jdbc.update(
              c,
              "INSERT INTO misalignment (company_id, field, declared_value, register_value, status,"
                  + " first_seen, last_seen, version) SELECT d.company_id, d.field,"
                  + " d.declared_value, d.register_value, 'OPEN', ?, ?, 0"
                  + isNew,
              now,
              now,
              importId);
      String staged =
          " FROM register_staging s WHERE s.import_id = ? AND s.codice_fiscale ="
              + " company.codice_fiscale";
      Jdbc.update(
          c,
          "UPDATE company SET register_status = (SELECT s.activity_status"
              + staged
              + "), register_ceased_on = (SELECT s.ceased_on"
              + staged
              + ") WHERE EXISTS (SELECT 1"
              + staged
              + ")",
          importId,
          importId,
          importId);
      Jdbc.update(c, "DELETE FROM register_difference WHERE import_id = ?", importId);
      notifications.notifyCompanies(
          changed, "notification.misalignments", "", "/area/disallineamenti.xhtml");
      return new Outcome(opened, stillOpen, resolved, changed.size());
    } catch (SQLException e) {
      throw new IllegalStateException("Reconciling with the Business Register failed", e);
    }
  }
}
