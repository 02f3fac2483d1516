/**
 * The practices pages (RQ-1..RQ-3, ST-1, AD-2): "Richieste" (the menus, a draft from SALVA to
 * FIRMA), "Stato pratiche" (ANNULLA signed with the PIN, CSV) and the back office's queue. One bean
 * per page or editor over {@code practices.application}; the rules stay in the services and views.
 */
package it.ccse.anagrafica.web.practices;
