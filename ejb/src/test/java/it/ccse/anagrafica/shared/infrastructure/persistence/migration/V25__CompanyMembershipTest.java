package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 finding 4 (VW-1): V25 moves each delegate's company to an accepted membership and leaves
 * operators and staff as they were, on H2 here and on PostgreSQL in the subclass.
 */
class V25__CompanyMembershipTest extends MigrationTestBase {

  private static final Timestamp CREATED = Timestamp.valueOf(LocalDateTime.of(2026, 1, 5, 9, 0));

  V25__CompanyMembershipTest() {
    super("membership");
  }

  /** An operator, a delegate and a staff member as V24 left them. */
  @BeforeAll
  void migrate() throws Exception {
    migrateTo("24");
    execute(
        "INSERT INTO company (id, version, codice_fiscale, ragione_sociale, created_at)"
            + " VALUES (1, 0, '12345670017', 'Impresa 1', ?)",
        CREATED);
    account(10, "12345670017", 1L, "OPERATOR");
    account(11, "rssmra85t10a562s", 1L, "DELEGATE");
    account(12, "backoffice", null, "BACKOFFICE");
    migrateTo("latest");
  }

  @Test
  void finding4TheDelegatesCompanyBecomesAnAcceptedMembership() throws SQLException {
    assertEquals(
        List.of("-11 11 1 ACCEPTED " + CREATED + " " + CREATED),
        rows(
            "SELECT id, account_id, company_id, state, invited_at, accepted_at"
                + " FROM company_membership WHERE id < 0 ORDER BY id"),
        "the moved rows, whatever the other test adds");
    assertEquals(
        List.of("10 1", "11 null", "12 null"),
        rows("SELECT id, company_id FROM account ORDER BY id"),
        "the operator keeps the company");
  }

  @Test
  void finding4APersonJoinsACompanyOnce() throws SQLException {
    var twice =
        assertThrows(
            SQLException.class,
            () ->
                execute(
                    "INSERT INTO company_membership VALUES (1, 0, 11, 1, 'INVITED', ?, NULL)",
                    CREATED));
    assertEquals("23505", twice.getSQLState());
    assertDoesNotThrow(
        () ->
            execute(
                "INSERT INTO company_membership VALUES (2, 0, 12, 1, 'INVITED', ?, NULL)",
                CREATED));
  }

  private void account(long id, String username, Long companyId, String role) throws SQLException {
    execute(
        "INSERT INTO account (id, version, username, email, display_name, enabled, company_id,"
            + " created_at) VALUES (?, 0, ?, ?, 'Nome', TRUE, ?, ?)",
        id,
        username,
        username + "@example.org",
        companyId,
        CREATED);
    execute("INSERT INTO account_role (account_id, role) VALUES (?, ?)", id, role);
  }
}
