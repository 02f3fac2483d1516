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
 * Issue 15 finding 10b (MD-9): V22 leaves one pending change set per author and file, and the
 * database refuses a second one, on H2 here and on PostgreSQL in the subclass.
 */
class V22__OnePendingChangeSetTest extends MigrationTestBase {

  private static final Timestamp NOW = Timestamp.valueOf(LocalDateTime.of(2026, 11, 22, 10, 0));

  V22__OnePendingChangeSetTest() {
    super("pending");
  }

  /** Two pending sets of one author, as two simultaneous first saves left them before V22. */
  @BeforeAll
  void migrate() throws Exception {
    migrateTo("21");
    execute(
        "INSERT INTO company (id, version, codice_fiscale, ragione_sociale, created_at)"
            + " VALUES (1, 0, 'CF1', 'Impresa 1', ?)",
        NOW);
    execute(
        "INSERT INTO company_file (id, version, company_id, code, registry_code, created_at)"
            + " VALUES (1, 0, 1, 'F-2026-000001', 'ERP1', ?)",
        NOW);
    earlierChangeSet(10, "operatore", NOW);
    earlierChangeSet(11, "operatore", null);
    earlierChangeSet(12, "operatore", null);
    earlierChangeSet(13, "delegato", null);
    migrateTo("latest");
  }

  @Test
  void finding10bTheMigrationKeepsTheOldestPendingSetOfEachAuthor() throws SQLException {
    assertEquals(
        List.of("10 operatore null", "11 operatore operatore", "13 delegato delegato"),
        rows("SELECT id, author, pending_author FROM change_set WHERE id < 20 ORDER BY id"));
  }

  @Test
  void finding10bASecondPendingSetOfOneAuthorIsRefusedSignedOnesAreNot() throws SQLException {
    var refused = assertThrows(SQLException.class, () -> changeSet(20, "delegato", null));
    assertEquals("23505", refused.getSQLState(), "what the repository reports as concurrent");

    assertDoesNotThrow(() -> changeSet(21, "operatore", NOW));
    assertDoesNotThrow(() -> changeSet(22, "operatore", NOW));
    assertDoesNotThrow(() -> changeSet(23, "altro", null));
  }

  /** A set as written before V22. */
  private void earlierChangeSet(long id, String author, Timestamp signedAt) throws SQLException {
    execute(
        "INSERT INTO change_set (id, version, company_file_id, author, base_version, created_at,"
            + " operations, signed_at) VALUES (?, 0, 1, ?, 0, ?, '[]', ?)",
        id,
        author,
        NOW,
        signedAt);
  }

  /** A set as the entity writes it since V22: pending ones carry their author in pending_author. */
  private void changeSet(long id, String author, Timestamp signedAt) throws SQLException {
    execute(
        "INSERT INTO change_set (id, version, company_file_id, author, base_version, created_at,"
            + " operations, signed_at, pending_author) VALUES (?, 0, 1, ?, 0, ?, '[]', ?, ?)",
        id,
        author,
        NOW,
        signedAt,
        signedAt == null ? author : null);
  }
}
