/** The outbox of e-mails with its delivery rules (retry, backoff, stable Message-ID). */
package it.ccse.anagrafica.notifications.domain;
