/** JPA repository of the misalignments and their reminder (SQL over its own table). */
package it.ccse.anagrafica.reconciliation.infrastructure;
