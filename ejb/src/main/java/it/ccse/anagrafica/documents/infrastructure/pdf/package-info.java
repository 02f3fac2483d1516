/** PDF documents the portal issues for signature, rendered with iText: the registration form. */
package it.ccse.anagrafica.documents.infrastructure.pdf;
