package it.ccse.anagrafica.reconciliation.infrastructure.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.shared.infrastructure.persistence.Jdbc;
import it.ccse.anagrafica.shared.infrastructure.persistence.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/** The same staging on a real PostgreSQL, where chunks go in with COPY, and its own settings. */
class RegisterStagingPostgresTest extends RegisterStagingTest {

  private final TestDatabases.Postgres postgres = new TestDatabases.Postgres();

  @Override
  protected FluentConfiguration start() throws Exception {
    return postgres.start();
  }

  @Test
  void ba1AutovacuumLeavesTheStagingTableAlone() throws Exception {
    assertEquals(
        List.of("autovacuum_enabled=false"),
        Jdbc.rows(
            connection,
            "SELECT array_to_string(c.reloptions, ',') FROM pg_class c WHERE c.relname = ?",
            rs -> rs.getString(1),
            "register_staging"));
  }

  @Override
  protected void stop(Connection connection) throws Exception {
    postgres.stop(connection);
  }
}
