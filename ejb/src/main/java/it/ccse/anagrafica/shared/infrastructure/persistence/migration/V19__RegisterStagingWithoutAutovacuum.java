package it.ccse.anagrafica.shared.infrastructure.persistence.migration;

import java.util.List;

/**
 * BA-1 on PostgreSQL: autovacuum leaves the staging table alone (ADR 0005). A million lines
 * inserted would start a vacuum of the table right when the reconciliation reads it, for nothing:
 * the table is emptied by the next import and analysed by the import itself. Vacuums against
 * transaction-id wraparound still run. H2 has no autovacuum.
 */
public class V19__RegisterStagingWithoutAutovacuum extends PostgresOnlyMigration {

  @Override
  List<String> statements() {
    return List.of(
        "ALTER TABLE register_staging SET (autovacuum_enabled = false,"
            + " toast.autovacuum_enabled = false)");
  }
}
