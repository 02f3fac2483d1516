/** Back-office pages of the notifications area ("Posta inviata"). */
package it.ccse.anagrafica.web.notifications;
