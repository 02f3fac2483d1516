/**
 * Use cases of the accounts area: login, account creation, profile, delegates' invitations; the
 * activation mail offered to higher areas ({@code ActivationMail}) and the port to the companies'
 * names ({@code CompanyNames}, implemented by the company area).
 */
package it.ccse.anagrafica.accounts.application;
