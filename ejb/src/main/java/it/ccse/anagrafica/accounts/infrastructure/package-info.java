/** JPA adapters of the accounts area. */
package it.ccse.anagrafica.accounts.infrastructure;
