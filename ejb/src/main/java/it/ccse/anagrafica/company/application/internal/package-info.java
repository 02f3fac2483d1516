/** Transactional implementations of the company use cases (stateless EJBs). */
package it.ccse.anagrafica.company.application.internal;
