/**
 * Documents the portal issues and gets back signed: what an upload must match (the issued document,
 * its signer) and the outcome of checking its qualified signature (SPEC CD-2); and the attachments
 * every area keeps (SPEC "Attachments"): allowed formats by content, size limits per use, SHA-256;
 * and what the printed documents hold: reports, the registration form, the pagoPA payment notice.
 */
package it.ccse.anagrafica.documents.domain;
