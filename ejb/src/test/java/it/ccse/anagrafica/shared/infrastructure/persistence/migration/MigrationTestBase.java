package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import it.ccse.anagrafica.shared.infrastructure.persistence.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the migration tests share: one database for the test class, an H2 in memory here and an
 * embedded PostgreSQL in the {@code *PostgresTest} subclasses (which override {@link #start} and
 * {@link #stop}), brought to a version by Flyway, and plain JDBC to write and read its rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MigrationTestBase {

  private final String h2Name;

  private FluentConfiguration database;

  /** The connection to the database under test, open from the first migration to {@link #close}. */
  protected Connection connection;

  /**
   * @param h2Name the name of the in-memory H2 database, one per test class
   */
  protected MigrationTestBase(String h2Name) {
    this.h2Name = h2Name;
  }

  /** The database under test; the PostgreSQL variant overrides this and {@link #stop}. */
  protected FluentConfiguration start() throws Exception {
    return TestDatabases.h2(h2Name);
  }

  /** Drops the database, which DB_CLOSE_DELAY=-1 would otherwise keep for the whole JVM. */
  protected void stop(Connection connection) throws Exception {
    TestDatabases.shutdownH2(connection);
  }

  /**
   * Brings the database up to {@code version} ("latest" for the application's schema), starting it
   * and opening {@link #connection} on the first call; a test writes the rows an earlier version
   * left between two calls.
   */
  protected void migrateTo(String version) throws Exception {
    if (database == null) {
      database = start();
      connection = TestDatabases.migrate(database.target(version)).getConnection();
    } else {
      TestDatabases.migrate(database.target(version));
    }
  }

  @AfterAll
  void close() throws Exception {
    stop(connection);
  }

  /** The rows {@code sql} selects, each as its columns' values joined by a space. */
  protected List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (var statement = connection.createStatement();
        var result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(result.getObject(i)));
        }
        rows.add(String.join(" ", values));
      }
    }
    return rows;
  }

  /** Runs one statement with its parameters in order. */
  protected void execute(String sql, Object... parameters) throws SQLException {
    try (var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
