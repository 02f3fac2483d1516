package it.ccse.anagrafica.shared.application;

import it.ccse.anagrafica.shared.infrastructure.persistence.DatabaseSchema;
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
      try (var takeOver =
          c.prepareStatement(
              "UPDATE job_lease SET execution_id = ?, expires_at = ? WHERE job_name = ? AND"
                  + " expires_at < ?")) {
        takeOver.setLong(1, execution);
        takeOver.setTimestamp(2, until);
        takeOver.setString(3, job);
        takeOver.setTimestamp(4, Timestamp.valueOf(now));
        if (takeOver.executeUpdate() == 1) {
          return true;
        }
      }
      try (var take =
          c.prepareStatement(
              "INSERT INTO job_lease (job_name, execution_id, expires_at) SELECT ?, ?, ? WHERE"
                  + " NOT EXISTS (SELECT 1 FROM job_lease WHERE job_name = ?)")) {
        take.setString(1, job);
        take.setLong(2, execution);
        take.setTimestamp(3, until);
        take.setString(4, job);
        return take.executeUpdate() == 1;
      }
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
    try (var c = dataSource.getConnection();
        var release =
            c.prepareStatement("DELETE FROM job_lease WHERE job_name = ? AND execution_id = ?")) {
      release.setString(1, job);
      release.setLong(2, execution);
      release.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Releasing the lease of " + job + " failed", e);
    }
  }
}
