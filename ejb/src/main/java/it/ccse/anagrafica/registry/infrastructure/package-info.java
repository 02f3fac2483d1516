/** JPA adapters of the registry area. */
package it.ccse.anagrafica.registry.infrastructure;
