/**
 * PDF documents the portal issues, rendered with iText in one embedded Unicode font ({@link
 * it.ccse.anagrafica.documents.infrastructure.pdf.PdfFonts}): the registration form to sign, the
 * sealed reports, the pagoPA payment notice with its QR code and the fillable templates ({@link
 * it.ccse.anagrafica.documents.infrastructure.pdf.TemplatePdf}).
 */
package it.ccse.anagrafica.documents.infrastructure.pdf;
