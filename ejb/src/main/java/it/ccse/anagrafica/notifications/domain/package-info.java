/**
 * The outbox of e-mails with its delivery rules (retry, backoff, stable Message-ID, personal links
 * for the recipient only), and the reminders: their kinds and when each is due (BA-4).
 */
package it.ccse.anagrafica.notifications.domain;
