package it.ccse.anagrafica.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.company.infrastructure.CompanyReminderSource;
import it.ccse.anagrafica.file.infrastructure.DeclarationReminderSource;
import it.ccse.anagrafica.payments.infrastructure.PaymentReminderSource;
import it.ccse.anagrafica.practices.infrastructure.RenewalReminderSource;
import it.ccse.anagrafica.reconciliation.infrastructure.MisalignmentReminderSource;
import it.ccse.anagrafica.shared.infrastructure.persistence.TestDatabases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * BA-4: the condition of each reminder kind, run on the real schema (H2 here, PostgreSQL in the
 * subclass): which companies it finds, for which recipients, since when and quoting what.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderKindQueriesTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

  private Connection connection;

  /** The database under test; the PostgreSQL variant overrides this and {@link #stop}. */
  protected FluentConfiguration start() throws Exception {
    return TestDatabases.h2("reminders");
  }

  protected void stop(Connection connection) throws Exception {
    TestDatabases.shutdownH2(connection);
  }

  @BeforeAll
  void seed() throws Exception {
    connection = TestDatabases.migrate(start()).getConnection();

    company(1, null, false);
    operator(1, "uno@example.org", true);
    operator(11, "uno-non-attivo@example.org", false);

    company(2, null, false);
    operator(2, "due@example.org", true);
    submission(2, 2, 12, 10, "Manca la PEC");
    execute(
        "INSERT INTO reminder_sent (kind, company_id, recipient, first_sent_at, last_sent_at)"
            + " VALUES ('REJECTED_COMPANY_DATA', 2, 'due@example.org', ?, ?)",
        days(3),
        days(3));

    company(3, null, false);
    operator(3, "tre@example.org", true);
    submission(3, 3, 12, 10, "Manca la PEC");
    submission(53, 3, 1, null, null);

    company(4, days(20), false);
    operator(4, "quattro@example.org", true);
    execute(
        "INSERT INTO company_file (id, version, company_id, code, registry_code, created_at)"
            + " VALUES (4, 0, 4, 'F-2026-000004', 'ERP4', ?)",
        days(19));

    company(5, days(20), true);
    operator(5, "cinque@example.org", true);
    misalignment(5, "OPEN", 10);
    misalignment(5, "OPEN", 1);
    misalignment(5, "RESOLVED", 30);

    company(6, days(300), true);
    operator(6, "sei@example.org", true);
    practice(61, 6, "NEW_DEVICE", "d-61", "30.00", 12);
    payment(61, 6, "SUBMITTED", 61, "30.00");

    company(7, days(300), true);
    operator(7, "sette@example.org", true);
    practice(71, 7, "ANNUAL_RENEWAL", "2026", "0.00", 100);
    practice(72, 7, "NEW_DEVICE", "d-72", "30.00", 12);
    practice(73, 7, "NEW_DEVICE", "d-73", "30.00", 5);
    payment(73, 7, "REJECTED", 73, "30.00");
    practice(74, 7, "ANNUAL_RENEWAL", "2025", "20.00", 300);
    adjustmentUse(74, 7, "APPROVED", 74, "20.00");
  }

  @AfterAll
  void close() throws Exception {
    stop(connection);
  }

  @Test
  void ba4UnsignedRegistrationsGoToActivatedOperatorsOnly() throws SQLException {
    assertEquals(
        List.of("1 uno@example.org 10 never ''"), candidates(ReminderKind.UNSIGNED_REGISTRATION));
  }

  @Test
  void ba4RejectedDataNotSignedAgainQuoteTheReasonAndTheLastReminder() throws SQLException {
    assertEquals(
        List.of("2 due@example.org 10 3 'Manca la PEC'"),
        candidates(ReminderKind.REJECTED_COMPANY_DATA),
        "company 3 signed a new round since");
  }

  @Test
  void ba4MissingContactsAreThoseOfAValidatedCompany() throws SQLException {
    assertEquals(
        List.of("4 quattro@example.org 20 never ''"), candidates(ReminderKind.MISSING_CONTACTS));
  }

  @Test
  void ba4DeclarationsAreLookedForInEveryFileThatMayLackOne() throws SQLException {
    assertEquals(
        List.of("4 quattro@example.org 19 never ''"),
        candidates(ReminderKind.PENDING_DECLARATIONS));
  }

  @Test
  void ba4OpenMisalignmentsCountSinceTheOldestOpenOne() throws SQLException {
    assertEquals(
        List.of("5 cinque@example.org 10 never '2'"), candidates(ReminderKind.OPEN_MISALIGNMENTS));
  }

  @Test
  void ba4ContributionsNotRequestedByTheDueDateCountFromIt() throws SQLException {
    assertEquals(
        List.of("6 sei@example.org 206 never '2026'"),
        candidates(ReminderKind.CONTRIBUTION_NOT_REQUESTED),
        "company 7 requested it; 4 and 5 were validated after the due date");
  }

  @Test
  void ba4PracticesAwaitingPaymentAreThoseNoSignedPaymentHolds() throws SQLException {
    assertEquals(
        List.of("7 sette@example.org 12 never '2'"),
        candidates(ReminderKind.PRACTICE_AWAITING_PAYMENT),
        "company 6's practice is held by a payment; 7's renewal of 2026 costs nothing, that of"
            + " 2025 an adjustment paid, its rejected payment holds nothing");
  }

  /** The kind's condition, from the area that owns it. */
  private static String condition(ReminderKind kind) {
    return Stream.of(
            new CompanyReminderSource(),
            new DeclarationReminderSource(),
            new MisalignmentReminderSource(),
            new RenewalReminderSource(
                "04-30", Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC)),
            new PaymentReminderSource())
        .map(source -> source.conditions().get(kind))
        .filter(Objects::nonNull)
        .findFirst()
        .orElseThrow();
  }

  private List<String> candidates(ReminderKind kind) throws SQLException {
    try (var statement = connection.prepareStatement(kind.candidates(condition(kind)));
        var rs = statement.executeQuery()) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        var lastSent = rs.getObject("last_sent_at", LocalDateTime.class);
        rows.add(
            rs.getLong("company_id")
                + " "
                + rs.getString("recipient")
                + " "
                + daysAgo(rs.getObject("started_at", LocalDateTime.class))
                + " "
                + (lastSent == null ? "never" : daysAgo(lastSent))
                + " '"
                + (rs.getString("detail") == null ? "" : rs.getString("detail"))
                + "'");
      }
      return rows;
    }
  }

  private static long daysAgo(LocalDateTime when) {
    return Duration.between(when, NOW).toDays();
  }

  private static Timestamp days(int ago) {
    return Timestamp.valueOf(NOW.minusDays(ago));
  }

  private void company(long id, Timestamp validatedAt, boolean contacts) throws SQLException {
    execute(
        "INSERT INTO company (id, version, codice_fiscale, ragione_sociale, created_at,"
            + " validated_at, contact_name, contact_surname, contact_email) VALUES (?, 0, ?, ?,"
            + " ?, ?, ?, ?, ?)",
        id,
        "CF" + id,
        "Impresa " + id,
        days(10),
        validatedAt,
        contacts ? "Anna" : null,
        contacts ? "Neri" : null,
        contacts ? "anna@example.org" : null);
  }

  private void operator(long id, String email, boolean activated) throws SQLException {
    execute(
        "INSERT INTO account (id, version, username, email, display_name, enabled, company_id,"
            + " created_at) VALUES (?, 0, ?, ?, 'Operatore', ?, ?, ?)",
        id,
        "user" + id,
        email,
        activated,
        id % 10,
        days(10));
    execute("INSERT INTO account_role (account_id, role) VALUES (?, 'OPERATOR')", id);
  }

  private void submission(long id, long company, int signed, Integer reviewed, String reason)
      throws SQLException {
    execute(
        "INSERT INTO company_data_submission (id, version, company_id, signed_at, reviewed_at,"
            + " approved, rejection_reason, created_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?,"
            + " ?, ?)",
        id,
        company,
        days(signed),
        reviewed == null ? null : days(reviewed),
        reviewed == null ? null : Boolean.FALSE,
        reason,
        days(signed),
        days(signed));
  }

  private void misalignment(long company, String status, int firstSeen) throws SQLException {
    execute(
        "INSERT INTO misalignment (company_id, field, declared_value, register_value, status,"
            + " first_seen, last_seen, version) VALUES (?, 'PEC', 'a', 'b', ?, ?, ?, 0)",
        company,
        status,
        days(firstSeen),
        days(firstSeen));
  }

  private void practice(
      long id, long company, String type, String target, String amountDue, int submitted)
      throws SQLException {
    execute(
        "INSERT INTO practice (id, version, public_id, practice_number, company_id, practice_type,"
            + " state, target, usb_lost, amount_due, created_by, created_at, submitted_at) VALUES"
            + " (?, 0, ?, ?, ?, ?, 'SUBMITTED', ?, FALSE, ?, 'op', ?, ?)",
        id,
        "p-" + id,
        "PR-2026-" + id,
        company,
        type,
        target,
        new BigDecimal(amountDue),
        days(submitted),
        days(submitted));
  }

  private void payment(long id, long company, String state, long practice, String share)
      throws SQLException {
    execute(
        "INSERT INTO payment (id, version, public_id, company_id, state, created_by, created_at)"
            + " VALUES (?, 0, ?, ?, ?, 'op', ?)",
        id,
        "y-" + id,
        company,
        state,
        days(1));
    execute(
        "INSERT INTO payment_allocation (payment_id, allocation_order, practice_id, share) VALUES"
            + " (?, 0, ?, ?)",
        id,
        practice,
        new BigDecimal(share));
  }

  /** An adjustment of the company, in that state, with one signed use on the practice. */
  private void adjustmentUse(long id, long company, String state, long practice, String amount)
      throws SQLException {
    execute(
        "INSERT INTO adjustment (id, version, public_id, company_id, state, created_by,"
            + " created_at) VALUES (?, 0, ?, ?, ?, 'op', ?)",
        id,
        "j-" + id,
        company,
        state,
        days(200));
    execute(
        "INSERT INTO adjustment_use (adjustment_id, use_order, practice_id, amount, used_by,"
            + " used_at, signed_at) VALUES (?, 0, ?, ?, 'op', ?, ?)",
        id,
        practice,
        new BigDecimal(amount),
        days(100),
        days(100));
  }

  private void execute(String sql, Object... parameters) throws SQLException {
    try (var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
