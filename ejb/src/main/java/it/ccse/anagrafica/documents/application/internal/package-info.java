/** Transactional implementations of the documents use cases (stateless EJBs). */
package it.ccse.anagrafica.documents.application.internal;
