/** Use cases of the accounts area: login, account creation, profile. */
package it.ccse.anagrafica.accounts.application;
