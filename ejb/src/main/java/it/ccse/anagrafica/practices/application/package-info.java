/**
 * What the pages of the practices area call (RQ-1..RQ-3, ST-1, AD-2): {@link PracticeRequests}
 * ("Richieste": draft, SALVA, Riepilogo, FIRMA), {@link PracticeStatus} ("Stato pratiche", ANNULLA)
 * and {@link PracticeDesk} (the back office's queue), with their view records in {@link
 * PracticeViews}; and the port {@link PracticeCoverage} through which payments tell how much of a
 * practice is covered. Implementations in {@code internal}.
 */
package it.ccse.anagrafica.practices.application;
