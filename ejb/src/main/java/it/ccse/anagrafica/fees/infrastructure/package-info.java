/** JPA repository of the fee bands and the price list. */
package it.ccse.anagrafica.fees.infrastructure;
