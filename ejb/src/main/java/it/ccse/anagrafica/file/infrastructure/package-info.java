/** JPA adapters of the registry area. */
package it.ccse.anagrafica.file.infrastructure;
