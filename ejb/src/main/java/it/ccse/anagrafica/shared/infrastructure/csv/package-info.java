/** The CSV dialect shared by the files CCSE exchanges, and the portal's CSV downloads. */
package it.ccse.anagrafica.shared.infrastructure.csv;
