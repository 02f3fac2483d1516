package it.ccse.anagrafica.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.lease.LeaseTerms;
import it.ccse.anagrafica.shared.domain.lease.LeasedResource;
import it.ccse.anagrafica.shared.infrastructure.persistence.Jdbc;
import it.ccse.anagrafica.shared.infrastructure.persistence.TestDatabases;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 15 finding 10 (BA-5): the lease SQL on H2 here and on PostgreSQL in the subclass, with the
 * clock moved by hand: one holder per resource, kept by renewing, taken over only once expired, and
 * never renewed or released by the execution that lost it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobLeasesTest {

  private static final LocalDateTime START = LocalDateTime.of(2026, 3, 1, 2, 30);
  private static final LeaseTerms TERMS = LeaseTerms.ofSeconds(120);

  private Connection connection;
  private final JobLeases leases = new JobLeases();

  protected FluentConfiguration start() throws Exception {
    return TestDatabases.h2("leases");
  }

  protected void stop(Connection connection) throws Exception {
    TestDatabases.shutdownH2(connection);
  }

  /** A lease of the import taken before V23, by job name with a fixed expiry. */
  @BeforeAll
  void migrate() throws Exception {
    FluentConfiguration database = start();
    var dataSource = TestDatabases.migrate(database.target("22"));
    connection = dataSource.getConnection();
    Jdbc.update(
        connection,
        "INSERT INTO job_lease (job_name, execution_id, expires_at) VALUES (?, ?, ?)",
        "business-register-import",
        1L,
        Timestamp.valueOf(START.plusHours(6)));
    TestDatabases.migrate(database.target("latest"));
    set("dataSource", dataSource);
  }

  @AfterAll
  void close() throws Exception {
    stop(connection);
  }

  @Test
  void ba5V23KeepsALeaseTakenBeforeItHeldByTheJobItWasNamedAfter() throws Exception {
    at(START);
    var old = new LeasedResource("business-register-import");

    assertEquals(Optional.of("business-register-import"), leases.holder(old));
    assertFalse(leases.acquire(old, "business-register-import", 2, TERMS));
    assertTrue(leases.renew(old, 1, TERMS), "the running job renews it on the new code");
  }

  @Test
  void ba5JobsOnTheSameDataRunOneAtATimeAndTheRefusalNamesTheHolder() throws Exception {
    var register = LeasedResource.of("business-register", "business-register-import");
    at(START);

    assertTrue(leases.acquire(register, "business-register-import", 10, TERMS));
    assertFalse(leases.acquire(register, "business-register-import", 11, TERMS));
    assertFalse(leases.acquire(register, "business-register-reconcile", 12, TERMS));
    assertEquals(Optional.of("business-register-import"), leases.holder(register));

    leases.release(register, 10);
    assertEquals(Optional.empty(), leases.holder(register));
    assertTrue(leases.acquire(register, "business-register-reconcile", 12, TERMS));
    leases.release(register, 12);
  }

  @Test
  void ba5AJobRunningLongerThanItsLeaseKeepsItByRenewing() throws Exception {
    var mail = new LeasedResource("validation-mail");
    at(START);
    assertTrue(leases.acquire(mail, "validation-mail", 20, TERMS));

    for (int beat = 1; beat <= 6; beat++) {
      at(START.plus(TERMS.heartbeat().multipliedBy(beat)));
      assertTrue(leases.renew(mail, 20, TERMS), "beat " + beat);
    }
    at(START.plus(TERMS.length().multipliedBy(2)).plusSeconds(1));
    assertFalse(leases.acquire(mail, "validation-mail", 21, TERMS), "two lengths on, still held");
    leases.release(mail, 20);
  }

  @Test
  void ba5ALeaseLeftByACrashedServerIsTakenOverOnceExpiredAndTheLoserStops() throws Exception {
    var reminders = new LeasedResource("reminders");
    at(START);
    assertTrue(leases.acquire(reminders, "reminders", 30, TERMS));

    at(START.plus(TERMS.length()));
    assertFalse(leases.acquire(reminders, "reminders", 31, TERMS), "not before it expires");
    at(START.plus(TERMS.length()).plusSeconds(1));
    assertTrue(leases.acquire(reminders, "reminders", 31, TERMS));

    assertFalse(leases.renew(reminders, 30, TERMS), "the stalled execution lost it");
    leases.release(reminders, 30);
    assertEquals(Optional.of("reminders"), leases.holder(reminders));
    assertTrue(leases.renew(reminders, 31, TERMS));
    leases.release(reminders, 31);
    assertEquals(List.of(0L), count(reminders));
  }

  @Test
  void ba5ALeaseExpiredButNotTakenOverIsStillRenewedByItsHolder() throws Exception {
    var job = new LeasedResource("lease-expired");
    at(START);
    assertTrue(leases.acquire(job, "lease-expired", 40, TERMS));

    at(START.plusHours(1));
    assertTrue(leases.renew(job, 40, TERMS));
    assertFalse(leases.acquire(job, "lease-expired", 41, TERMS));
    leases.release(job, 40);
  }

  private List<Long> count(LeasedResource resource) throws Exception {
    return Jdbc.longs(
        connection, "SELECT COUNT(*) FROM job_lease WHERE resource = ?", resource.name());
  }

  private void at(LocalDateTime now) throws Exception {
    set("clock", Clock.fixed(now.toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  private void set(String field, Object value) throws Exception {
    var f = JobLeases.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(leases, value);
  }
}
