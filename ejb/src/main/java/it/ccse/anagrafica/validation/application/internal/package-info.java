/** Transactional implementations of the validation use cases. */
package it.ccse.anagrafica.validation.application.internal;
