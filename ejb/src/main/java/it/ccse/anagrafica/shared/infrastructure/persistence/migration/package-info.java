/** Flyway Java migrations, registered explicitly by the schema runner next to the SQL ones. */
package it.ccse.anagrafica.shared.infrastructure.persistence.migration;
