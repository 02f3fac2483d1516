/** Login, logout, identity store and the signed-in user (ON-4). */
package it.ccse.anagrafica.web.accounts;
