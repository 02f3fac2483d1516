/** Transactional implementations of the registry use cases. */
package it.ccse.anagrafica.registry.application.internal;
