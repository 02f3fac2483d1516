/**
 * What a "categoria di iscrizione" is and what it obliges, with no entity: the CCSE types, their
 * details, and (in {@code obligations}) the rules that derive each obligation (MD-10, MD-11).
 */
package it.ccse.anagrafica.categories.domain;
