package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 (OP-2): an outbox e-mail names the stored files it carries (V36), which then cannot be
 * removed; a corporate operation leaves its draft only with both files (V37); on H2 here and on
 * PostgreSQL in the subclass.
 */
class V37__CorporateOperationsTest extends MigrationTestBase {

  private static final Timestamp NOW = Timestamp.valueOf(LocalDateTime.of(2026, 5, 4, 10, 0));

  V37__CorporateOperationsTest() {
    super("operations");
  }

  @BeforeAll
  void migrate() throws Exception {
    migrateTo("latest");
    execute(
        "INSERT INTO company (id, version, codice_fiscale, ragione_sociale, created_at)"
            + " VALUES (1, 0, '12345670017', 'Impresa 1', ?)",
        NOW);
    for (String id : List.of("auto-1", "atto-1", "auto-2")) {
      execute(
          "INSERT INTO attachment (id, public_id, company_id, use_kind, file_name, format,"
              + " size_bytes, sha256, content, uploaded_at, uploaded_by)"
              + " VALUES (?, ?, 1, 'CORPORATE_OPERATION', 'f.pdf', 'PDF', 3, ?, ?, ?, 'op')",
          (long) id.hashCode(),
          id,
          "a".repeat(64),
          new byte[] {1, 2, 3},
          NOW);
    }
    execute(
        "INSERT INTO outbox_message (id, version, message_id, recipient, subject, body, status,"
            + " attempts, created_at, next_attempt_at) VALUES (1, 0, '<m@x>', 'ccse@x', 's', 'b',"
            + " 'PENDING', 0, ?, ?)",
        NOW,
        NOW);
  }

  @Test
  void anOutboxMessageCarriesStoredFilesInOrderWhichThenStay() throws SQLException {
    execute(
        "INSERT INTO outbox_attachment (outbox_message_id, attachment_order, company_id,"
            + " attachment_id) VALUES (1, 0, 1, 'auto-1'), (1, 1, 1, 'atto-1')");
    assertEquals(
        List.of("auto-1", "atto-1"),
        rows(
            "SELECT attachment_id FROM outbox_attachment WHERE outbox_message_id = 1"
                + " ORDER BY attachment_order"));
    var gone =
        assertThrows(
            SQLException.class, () -> execute("DELETE FROM attachment WHERE public_id = 'atto-1'"));
    assertEquals("23", gone.getSQLState().substring(0, 2));
    var unknown =
        assertThrows(
            SQLException.class,
            () ->
                execute(
                    "INSERT INTO outbox_attachment (outbox_message_id, attachment_order,"
                        + " company_id, attachment_id) VALUES (1, 2, 1, 'nessuno')"));
    assertEquals("23", unknown.getSQLState().substring(0, 2));
  }

  @Test
  void anOperationLeavesItsDraftOnlyWithBothFiles() throws SQLException {
    insert(1, "DRAFT", "'auto-2'", "NULL", "NULL");
    insert(2, "SENT", "'auto-1'", "'atto-1'", "?");
    var half = assertThrows(SQLException.class, () -> insert(3, "SENT", "'auto-2'", "NULL", "?"));
    assertEquals("23", half.getSQLState().substring(0, 2));
    var unknownKind =
        assertThrows(
            SQLException.class,
            () ->
                execute(
                    "INSERT INTO corporate_operation (id, version, public_id, company_id, kind,"
                        + " state, created_by, created_at) VALUES (4, 0, 'o-4', 1, 'SCISSIONE',"
                        + " 'DRAFT', 'op', ?)",
                    NOW));
    assertEquals("23", unknownKind.getSQLState().substring(0, 2));
  }

  private void insert(long id, String state, String selfCertification, String deed, String sentAt)
      throws SQLException {
    String sql =
        "INSERT INTO corporate_operation (id, version, public_id, company_id, kind, state,"
            + " self_certification_id, notarial_deed_id, sent_at, created_by, created_at)"
            + " VALUES (?, 0, ?, 1, 'ALTRO', ?, "
            + selfCertification
            + ", "
            + deed
            + ", "
            + sentAt
            + ", 'op', ?)";
    if (sentAt.equals("?")) {
      execute(sql, id, "o-" + id, state, NOW, NOW);
    } else {
      execute(sql, id, "o-" + id, state, NOW);
    }
  }
}
