/**
 * What CCSE charges: the fee bands of the annual contribution (VW-6) and the contribution computed
 * from them, and the price list of changes (MD-9, MD-12) with the cost lines of a change set.
 */
package it.ccse.anagrafica.fees.domain;
