package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration of settings only PostgreSQL has (ADR 0005): its statements run there and nowhere
 * else, since H2, the embedded default, has no equivalent and needs none.
 */
abstract class PostgresOnlyMigration extends BaseJavaMigration {

  /** The statements, in order. */
  abstract List<String> statements();

  @Override
  public final void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      try (var statement = connection.createStatement()) {
        for (String sql : statements()) {
          statement.execute(sql);
        }
      }
    }
  }
}
