/**
 * The Business Register (Registro Imprese) as CCSE receives it (BA-1, BA-2, BR-1): the rows of an
 * extract, the activity status, and the rules a row must satisfy to be staged.
 */
package it.ccse.anagrafica.reconciliation.domain;
