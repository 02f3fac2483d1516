/** SMTP delivery, the delivery timer and the JPA adapter of the outbox. */
package it.ccse.anagrafica.notifications.infrastructure;
