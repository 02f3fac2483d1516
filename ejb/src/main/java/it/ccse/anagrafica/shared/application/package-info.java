/** Services every area uses: the clock and the audit trail. */
package it.ccse.anagrafica.shared.application;
