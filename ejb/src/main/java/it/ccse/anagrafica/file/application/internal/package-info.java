/** Transactional implementations of the registry use cases. */
package it.ccse.anagrafica.file.application.internal;
