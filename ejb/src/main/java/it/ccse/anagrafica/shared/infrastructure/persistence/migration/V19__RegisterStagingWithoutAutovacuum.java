package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * BA-1 on PostgreSQL: autovacuum leaves the staging table alone (ADR 0005). A million lines
 * inserted would start a vacuum of the table right when the reconciliation reads it, for nothing:
 * the table is emptied by the next import and analysed by the import itself. Vacuums against
 * transaction-id wraparound still run. H2 has no autovacuum.
 */
public class V19__RegisterStagingWithoutAutovacuum extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      try (var statement = connection.createStatement()) {
        statement.execute(
            "ALTER TABLE register_staging SET (autovacuum_enabled = false,"
                + " toast.autovacuum_enabled = false)");
      }
    }
  }
}
