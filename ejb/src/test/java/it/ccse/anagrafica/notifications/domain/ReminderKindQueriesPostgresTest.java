package it.ccse.anagrafica.notifications.domain;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The same conditions on a real PostgreSQL, the production database. */
class ReminderKindQueriesPostgresTest extends ReminderKindQueriesTest {

  private EmbeddedPostgres postgres;

  @Override
  protected FluentConfiguration start() throws Exception {
    // Port 0: a free port is picked, so parallel builds do not collide.
    postgres = EmbeddedPostgres.builder().setPort(0).setCleanDataDirectory(true).start();
    return Flyway.configure().dataSource(postgres.getPostgresDatabase());
  }

  @Override
  protected void stop(Connection connection) throws Exception {
    try (EmbeddedPostgres server = postgres;
        connection) {}
  }
}
