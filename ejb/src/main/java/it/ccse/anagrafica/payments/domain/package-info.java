/**
 * What a company owes and pays (PY-1..PY-4, AJ-1..AJ-3): for now the pure values of the pagoPA
 * payment notice — segregation code, IUV with its check digits, notice number, the QR payload and
 * the notice itself — with no entity; payments, allocations, annual contributions and adjustments
 * come here as they are built, above the practices they cover.
 */
package it.ccse.anagrafica.payments.domain;
