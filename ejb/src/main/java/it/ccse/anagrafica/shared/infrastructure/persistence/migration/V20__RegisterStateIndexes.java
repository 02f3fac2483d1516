package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import java.util.List;

/**
 * BA-2 on PostgreSQL: the two small sets the register state is merged from (ADR 0005) get partial
 * indexes, so the reconciliation finds them without scanning a million staged lines and a million
 * companies: the lines that are not ATTIVA, and the companies recorded as not ATTIVA. Each index
 * holds only those rows, so the bulk load hardly notices it. H2 has no partial indexes; the run
 * command's small extracts do not need them.
 */
public class V20__RegisterStateIndexes extends PostgresOnlyMigration {

  @Override
  List<String> statements() {
    return List.of(
        "CREATE INDEX register_staging_not_active ON register_staging (import_id)"
            + " WHERE activity_status <> 'ATTIVA' OR ceased_on IS NOT NULL",
        "CREATE INDEX company_register_state ON company (codice_fiscale)"
            + " WHERE register_status IS NOT NULL OR register_ceased_on IS NOT NULL");
  }
}
