/**
 * The pages of the payments area (PY-2, PY-3, AD-3): "Lista Pagamenti", a payment from draft to
 * signature, and the back office's checks.
 */
package it.ccse.anagrafica.web.payments;
