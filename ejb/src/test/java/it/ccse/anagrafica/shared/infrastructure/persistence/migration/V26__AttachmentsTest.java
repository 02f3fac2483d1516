package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 (SPEC "Attachments"): V26 keeps an attachment's bytes whole and its public id unique, on
 * H2 here and on PostgreSQL (BYTEA) in the subclass.
 */
class V26__AttachmentsTest extends MigrationTestBase {

  private static final Timestamp NOW = Timestamp.valueOf(LocalDateTime.of(2026, 3, 2, 10, 0));

  V26__AttachmentsTest() {
    super("attachments");
  }

  @BeforeAll
  void migrate() throws Exception {
    migrateTo("latest");
    execute(
        "INSERT INTO company (id, version, codice_fiscale, ragione_sociale, created_at)"
            + " VALUES (1, 0, '12345670017', 'Impresa 1', ?)",
        NOW);
  }

  @Test
  void keepsTheBytesWhole() throws SQLException {
    byte[] content = new byte[300_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i;
    }
    insert(1, "a-1", content);
    try (var statement =
            connection.prepareStatement("SELECT content, size_bytes FROM attachment WHERE id = 1");
        var result = statement.executeQuery()) {
      result.next();
      assertArrayEquals(content, result.getBytes(1));
      assertEquals(300_000, result.getLong(2));
    }
  }

  @Test
  void aPublicIdIsUnique() throws SQLException {
    insert(2, "a-2", new byte[] {1});
    var twice = assertThrows(SQLException.class, () -> insert(3, "a-2", new byte[] {1}));
    assertEquals("23505", twice.getSQLState());
  }

  private void insert(long id, String publicId, byte[] content) throws SQLException {
    execute(
        "INSERT INTO attachment (id, public_id, company_id, use_kind, file_name, format,"
            + " size_bytes, sha256, content, uploaded_at, uploaded_by)"
            + " VALUES (?, ?, 1, 'PRACTICE', 'x.pdf', 'PDF', ?, ?, ?, ?, 'op')",
        id,
        publicId,
        (long) content.length,
        "0".repeat(64),
        content,
        NOW);
  }
}
