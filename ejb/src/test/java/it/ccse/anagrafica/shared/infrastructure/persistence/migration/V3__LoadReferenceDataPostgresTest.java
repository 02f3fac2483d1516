package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import it.ccse.anagrafica.shared.infrastructure.persistence.TestDatabases;
import java.sql.Connection;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The same migrations and checks on a real PostgreSQL 17, the production database. */
class V3__LoadReferenceDataPostgresTest extends V3__LoadReferenceDataTest {

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
