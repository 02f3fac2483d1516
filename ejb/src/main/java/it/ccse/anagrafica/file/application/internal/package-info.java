/**
 * Transactional implementations of the file use cases, with the helpers they share (access, views,
 * rehearsal, reports).
 */
package it.ccse.anagrafica.file.application.internal;
