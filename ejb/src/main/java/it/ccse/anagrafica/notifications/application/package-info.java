/** Use cases of the notifications area: queue and deliver e-mails, send the reminders (BA-4). */
package it.ccse.anagrafica.notifications.application;
