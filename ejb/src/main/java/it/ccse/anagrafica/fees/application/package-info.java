/** Staff maintenance of the fee tables and the price list (optimistic lock, audit). */
package it.ccse.anagrafica.fees.application;
