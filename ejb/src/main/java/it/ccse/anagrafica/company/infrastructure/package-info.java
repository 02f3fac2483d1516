/** JPA repositories of the company aggregate and its reminders (SQL over its own tables). */
package it.ccse.anagrafica.company.infrastructure;
