/** Transactional implementations of the fee use cases (stateless EJBs). */
package it.ccse.anagrafica.fees.application.internal;
