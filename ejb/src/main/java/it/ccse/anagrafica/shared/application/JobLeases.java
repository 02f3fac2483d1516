package it.ccse.anagrafica.shared.application;

import it.ccse.anagrafica.shared.domain.lease.LeaseTerms;
import it.ccse.anagrafica.shared.domain.lease.LeasedResource;
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
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * BA-5: a database lease per resource a job works on, so two servers (or two starts, or two jobs on
 * the same data) never run at once. Each call is a transaction of its own, committed at once, and
 * each decision one statement, so the database settles races: the primary key decides which
 * execution gets a free resource, and only the execution holding a lease renews or releases it. An
 * expired lease (a crashed server) is taken over.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

  @Resource(lookup = DatabaseSchema.DATASOURCE)
  private DataSource dataSource;

  @Inject private Clock clock;
  @Resource private SessionContext session;

  /** Whether {@code execution} of {@code job} now holds the lease on {@code resource}. */
  public boolean acquire(LeasedResource resource, String job, long execution, LeaseTerms terms) {
    var now = LocalDateTime.now(clock);
    var until = Timestamp.valueOf(terms.expiry(now));
    try (var c = dataSource.getConnection()) {
      int takenOver =
          Jdbc.update(
              c,
              "UPDATE job_lease SET holder_job = ?, execution_id = ?, expires_at = ?"
                  + " WHERE resource = ? AND expires_at < ?",
              job,
              execution,
              until,
              resource.name(),
              Timestamp.valueOf(now));
      return takenOver == 1
          || Jdbc.update(
                  c,
                  "INSERT INTO job_lease (resource, holder_job, execution_id, expires_at)"
                      + " SELECT ?, ?, ?, ? WHERE NOT EXISTS"
                      + " (SELECT 1 FROM job_lease WHERE resource = ?)",
                  resource.name(),
                  job,
                  execution,
                  until,
                  resource.name())
              == 1;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        // two starts racing: the primary key refused the second insert
        session.setRollbackOnly();
        return false;
      }
      throw new IllegalStateException("Taking the lease on " + resource.name() + " failed", e);
    }
  }

  /**
   * Extends the lease while {@code execution} still holds it; false once another execution took it
   * over. A lease expired but not taken over is still this execution's: nothing else ran meanwhile.
   */
  public boolean renew(LeasedResource resource, long execution, LeaseTerms terms) {
    var until = Timestamp.valueOf(terms.expiry(LocalDateTime.now(clock)));
    try (var c = dataSource.getConnection()) {
      return Jdbc.update(
              c,
              "UPDATE job_lease SET expires_at = ? WHERE resource = ? AND execution_id = ?",
              until,
              resource.name(),
              execution)
          == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Renewing the lease on " + resource.name() + " failed", e);
    }
  }

  /** The job holding the lease on {@code resource}, if any. */
  public Optional<String> holder(LeasedResource resource) {
    try (var c = dataSource.getConnection()) {
      return Jdbc.rows(
              c,
              "SELECT holder_job FROM job_lease WHERE resource = ?",
              rs -> rs.getString(1),
              resource.name())
          .stream()
          .findFirst();
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the lease on " + resource.name() + " failed", e);
    }
  }

  public void release(LeasedResource resource, long execution) {
    try (var c = dataSource.getConnection()) {
      Jdbc.update(
          c,
          "DELETE FROM job_lease WHERE resource = ? AND execution_id = ?",
          resource.name(),
          execution);
    } catch (SQLException e) {
      throw new IllegalStateException("Releasing the lease on " + resource.name() + " failed", e);
    }
  }
}
