/** JPA storage of the practices area: {@link JpaPracticeRepository}. */
package it.ccse.anagrafica.practices.infrastructure;
