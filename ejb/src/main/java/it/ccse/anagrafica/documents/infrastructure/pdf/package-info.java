/**
 * PDF documents the portal issues, rendered with iText in one embedded Unicode font ({@link
 * it.ccse.anagrafica.documents.infrastructure.pdf.PdfFonts}): the registration form to sign, the
 * sealed reports and the pagoPA payment notice with its QR code.
 */
package it.ccse.anagrafica.documents.infrastructure.pdf;
