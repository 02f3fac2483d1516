/**
 * JPA repositories of the file and its change sets, the HTTP geocoder, and the declarations
 * reminder.
 */
package it.ccse.anagrafica.file.infrastructure;
