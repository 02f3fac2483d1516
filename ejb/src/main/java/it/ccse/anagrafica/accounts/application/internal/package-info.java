/** Transactional implementations of the accounts use cases. */
package it.ccse.anagrafica.accounts.application.internal;
