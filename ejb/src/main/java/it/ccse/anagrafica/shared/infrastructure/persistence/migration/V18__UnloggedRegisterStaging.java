package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * BA-1 on PostgreSQL: the staging table skips the write-ahead log (ADR 0005). Its lines are a copy
 * of a file kept on disk, so losing them is cheap: PostgreSQL empties the table after a crash, and
 * the import's reader notices on restart and reads the file again from the start. H2 has no such
 * tables and keeps its own.
 */
public class V18__UnloggedRegisterStaging extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (var statement = connection.createStatement()) {
      if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        statement.execute("ALTER TABLE register_staging DROP CONSTRAINT register_staging_pkey");
        statement.execute("ALTER TABLE register_staging SET UNLOGGED");
      } else {
        statement.execute("ALTER TABLE register_staging DROP PRIMARY KEY");
      }
    }
  }
}
