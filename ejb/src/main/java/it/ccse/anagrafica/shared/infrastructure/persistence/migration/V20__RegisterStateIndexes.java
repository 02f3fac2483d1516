package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * BA-2 on PostgreSQL: the two small sets the register state is merged from (ADR 0005) get partial
 * indexes, so the reconciliation finds them without scanning a million staged lines and a million
 * companies: the lines that are not ATTIVA, and the companies recorded as not ATTIVA. Each index
 * holds only those rows, so the bulk load hardly notices it. H2 has no partial indexes; the run
 * command's small extracts do not need them.
 */
public class V20__RegisterStateIndexes extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      try (var statement = connection.createStatement()) {
        statement.execute(
            "CREATE INDEX register_staging_not_active ON register_staging (import_id)"
                + " WHERE activity_status <> 'ATTIVA' OR ceased_on IS NOT NULL");
        statement.execute(
            "CREATE INDEX company_register_state ON company (codice_fiscale)"
                + " WHERE register_status IS NOT NULL OR register_ceased_on IS NOT NULL");
      }
    }
  }
}
