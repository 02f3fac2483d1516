/**
 * The pages of the payments area (PY-2, PY-3, AJ-1..AJ-3, AD-3): "Lista Pagamenti", a payment from
 * draft to signature, "Conguagli" with a request from draft to signature and its use on annual
 * renewals, and the back office's checks and reasons.
 */
package it.ccse.anagrafica.web.payments;
