package it.ccse.anagrafica.documents.application;

import it.ccse.anagrafica.documents.domain.FilledTemplate;

/**
 * Prints a {@link FilledTemplate} (SE-5, OP-1): as a PDF with fillable form fields, and as an
 * Office Open XML document (DOCX) with the same text for those who edit in a word processor.
 */
public interface TemplateRenderer {

  byte[] pdf(FilledTemplate template);

  byte[] docx(FilledTemplate template);
}
