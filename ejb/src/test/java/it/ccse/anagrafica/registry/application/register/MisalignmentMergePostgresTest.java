package it.ccse.anagrafica.registry.application.register;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The same statements on a real PostgreSQL, the production database. */
class MisalignmentMergePostgresTest extends MisalignmentMergeTest {

  private EmbeddedPostgres postgres;

  @Override
  protected FluentConfiguration start() throws Exception {
    postgres = EmbeddedPostgres.builder().setPort(0).setCleanDataDirectory(true).start();
    return Flyway.configure().dataSource(postgres.getPostgresDatabase());
  }

  @Override
  protected void stop(Connection connection) throws Exception {
    try (EmbeddedPostgres server = postgres;
        connection) {}
  }
}
