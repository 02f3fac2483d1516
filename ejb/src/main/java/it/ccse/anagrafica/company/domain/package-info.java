/** Companies and their sites (registered office, local units), with their rules. */
package it.ccse.anagrafica.company.domain;
