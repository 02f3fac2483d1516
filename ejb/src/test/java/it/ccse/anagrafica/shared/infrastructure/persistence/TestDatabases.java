package it.ccse.anagrafica.shared.infrastructure.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The databases the schema tests run on: H2 in memory (the embedded default) and an embedded
 * PostgreSQL (production), each ready for Flyway and dropped afterwards.
 */
public final class TestDatabases {

  private TestDatabases() {}

  /**
   * Brings the database up to the application's schema: its SQL migrations and the Java ones a test
   * needs (each costs time, so tests name theirs).
   */
  public static DataSource migrate(FluentConfiguration database, JavaMigration... java) {
    Flyway flyway = database.locations("classpath:db/migration").javaMigrations(java).load();
    flyway.migrate();
    return flyway.getConfiguration().getDataSource();
  }

  /** An H2 database in memory, kept until {@link #shutdownH2}. */
  public static FluentConfiguration h2(String name) {
    return Flyway.configure().dataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /** Drops the database, which DB_CLOSE_DELAY=-1 would otherwise keep for the whole JVM. */
  public static void shutdownH2(Connection connection) throws Exception {
    try (connection;
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  /** An embedded PostgreSQL server for one test class. */
  public static final class Postgres {

    private EmbeddedPostgres server;

    public FluentConfiguration start() throws Exception {
      // Port 0: a free port is picked, so parallel builds do not collide.
      server = EmbeddedPostgres.builder().setPort(0).setCleanDataDirectory(true).start();
      return Flyway.configure().dataSource(server.getPostgresDatabase());
    }

    /** Closed in reverse order: the connection, then the server. */
    public void stop(Connection connection) throws Exception {
      try (EmbeddedPostgres closing = server;
          connection) {}
    }
  }
}
