package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import it.ccse.anagrafica.shared.infrastructure.persistence.TestDatabases;
import java.sql.Connection;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The same table on a real PostgreSQL, the production database: BYTEA. */
class V26__AttachmentsPostgresTest extends V26__AttachmentsTest {

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
