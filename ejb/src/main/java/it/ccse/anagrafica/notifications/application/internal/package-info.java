/** Transactional implementations of the notifications use cases. */
package it.ccse.anagrafica.notifications.application.internal;
