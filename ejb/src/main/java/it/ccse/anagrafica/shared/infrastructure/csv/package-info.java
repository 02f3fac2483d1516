/** The CSV dialect shared by the files CCSE exchanges. */
package it.ccse.anagrafica.shared.infrastructure.csv;
