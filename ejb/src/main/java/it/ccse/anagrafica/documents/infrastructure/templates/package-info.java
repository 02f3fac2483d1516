/**
 * The documents area's {@link it.ccse.anagrafica.documents.application.TemplateRenderer}: one bean
 * that hands a template to the PDF and the DOCX printers.
 */
package it.ccse.anagrafica.documents.infrastructure.templates;
