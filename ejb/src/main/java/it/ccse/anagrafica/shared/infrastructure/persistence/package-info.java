/** Datasource, schema migrations and JPA adapters shared by every area. */
package it.ccse.anagrafica.shared.infrastructure.persistence;
