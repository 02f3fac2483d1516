/**
 * The attachment store's adapters: the JPA repository and the content-type detector (Apache Tika's
 * magic database, refined for Office documents by {@link
 * it.ccse.anagrafica.documents.infrastructure.attachments.OfficeOpenXml} and {@link
 * it.ccse.anagrafica.documents.infrastructure.attachments.Ole2Word}).
 */
package it.ccse.anagrafica.documents.infrastructure.attachments;
