/**
 * PDF documents the portal issues, rendered with iText in one embedded Unicode font ({@link
 * it.ccse.anagrafica.documents.infrastructure.pdf.PdfFonts}): the registration form to sign and the
 * sealed reports.
 */
package it.ccse.anagrafica.documents.infrastructure.pdf;
