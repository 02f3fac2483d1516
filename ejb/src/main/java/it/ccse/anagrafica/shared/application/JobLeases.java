package it.ccse.anagrafica.shared.application;

import it.ccse.anagrafica.shared.infrastructure.persistence.DatabaseSchema;
import it.ccse.anagrafica.shared.infrastructure.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import javax.sql.DataSource;

/**
 * BA-5: a database lease per job name, so two servers (or two starts) never run the same job at
 * once. Taken and released in transactions of their own, committed at once: the primary key decides
 * which execution gets it; an expired lease (a crashed server) is taken over.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

  @Resource(lookup = DatabaseSchema.DATASOURCE)
  private DataSource dataSource;

  @Inject private Clock clock;
  @Resource private SessionContext session;

  /** Whether {@code execution} now holds the job's lease, for {@code duration}. */
  public boolean acquire(String job, long execution, Duration duration) {
    var now = LocalDateTime.now(clock);
    var until = Timestamp.valueOf(now.plus(duration));
    try (var c = dataSource.getConnection()) {
      int takenOver =
          Jdbc.update(
              c,
              "UPDATE job_lease SET execution_id = ?, expires_at = ? WHERE job_name = ? AND"
                  + " expires_at < ?",
              execution,
              until,
              job,
              Timestamp.valueOf(now));
      return takenOver == 1
          || Jdbc.update(
                  c,
                  "INSERT INTO job_lease (job_name, execution_id, expires_at) SELECT ?, ?, ?"
                      + " WHERE NOT EXISTS (SELECT 1 FROM job_lease WHERE job_name = ?)",
                  job,
                  execution,
                  until,
                  job)
              == 1;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        // two starts racing: the primary key refused the second insert
        session.setRollbackOnly();
        return false;
      }
      throw new IllegalStateException("Taking the lease of " + job + " failed", e);
    }
  }

  public void release(String job, long execution) {
    try (var c = dataSource.getConnection()) {
      Jdbc.update(
          c, "DELETE FROM job_lease WHERE job_name = ? AND execution_id = ?", job, execution);
    } catch (SQLException e) {
      throw new IllegalStateException("Releasing the lease of " + job + " failed", e);
    }
  }
}
