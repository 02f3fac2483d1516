package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The same migrations and checks on a real PostgreSQL 17, the production database. */
class V3__LoadReferenceDataPostgresTest extends V3__LoadReferenceDataTest {

  private EmbeddedPostgres postgres;

  @Override
  protected FluentConfiguration start() throws Exception {
    // Port 0: a free port is picked, so parallel builds do not collide.
    postgres = EmbeddedPostgres.builder().setPort(0).setCleanDataDirectory(true).start();
    return Flyway.configure().dataSource(postgres.getPostgresDatabase());
  }

  @Override
  protected void stop(Connection connection) throws Exception {
    // Closed in reverse order: the connection, then the server.
    try (EmbeddedPostgres server = postgres;
        connection) {}
  }
}
