/**
 * What a company owes and pays (PY-1..PY-4, AJ-1..AJ-3): payment communications with the shares
 * that go to practices, the balance of a practice derived from them, and the pure values of the
 * pagoPA payment notice (segregation code, IUV with its check digits, notice number, QR payload).
 * The area sits above the practices it pays.
 */
package it.ccse.anagrafica.payments.domain;
