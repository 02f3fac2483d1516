/**
 * Office Open XML documents the portal issues, written with Apache POI: the templates of {@link
 * it.ccse.anagrafica.documents.domain.FilledTemplate} as DOCX ({@link
 * it.ccse.anagrafica.documents.infrastructure.docx.TemplateDocx}).
 */
package it.ccse.anagrafica.documents.infrastructure.docx;
