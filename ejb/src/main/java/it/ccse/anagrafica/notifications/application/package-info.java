/** Use cases of the notifications area: queue and deliver e-mails. */
package it.ccse.anagrafica.notifications.application;
