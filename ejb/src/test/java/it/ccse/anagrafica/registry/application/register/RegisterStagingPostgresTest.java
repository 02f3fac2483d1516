package it.ccse.anagrafica.registry.application.register;

import it.ccse.anagrafica.shared.infrastructure.persistence.TestDatabases;
import java.sql.Connection;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The same staging on a real PostgreSQL, where chunks go in with COPY. */
class RegisterStagingPostgresTest extends RegisterStagingTest {

  private final TestDatabases.Postgres postgres = new TestDatabases.Postgres();

  @Override
  protected FluentConfiguration start() throws Exception {
    return postgres.start();
  }

  @Override
  protected void stop(Connection connection) throws Exception {
    postgres.stop(connection);
  }
}
