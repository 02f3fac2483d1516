/**
 * The CSV dialect shared by the files CCSE exchanges, and the portal's CSV downloads: pure
 * formatting utilities over commons-csv (no connection, no container resource), so any area's
 * application code may use them.
 */
package it.ccse.anagrafica.shared.application.csv;
