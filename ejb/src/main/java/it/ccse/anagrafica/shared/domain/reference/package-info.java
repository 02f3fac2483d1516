/**
 * Read-only reference data (regions, provinces, comuni, foreign states, ATECO codes) loaded by the
 * schema migrations, and the repository that serves it.
 */
package it.ccse.anagrafica.shared.domain.reference;
