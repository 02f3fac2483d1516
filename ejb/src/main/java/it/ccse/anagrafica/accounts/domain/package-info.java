/** Accounts, roles, password hashing and login throttling, with their rules. */
package it.ccse.anagrafica.accounts.domain;
