package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import it.ccse.anagrafica.shared.infrastructure.persistence.TestDatabases;
import java.sql.Connection;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The same on a real PostgreSQL, the production database. */
class V38__LegacyImportSectorsPostgresTest extends V38__LegacyImportSectorsTest {

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
