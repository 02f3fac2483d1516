/**
 * Verification of qualified signatures on uploaded documents: CAdES with BouncyCastle, PAdES with
 * iText, signer identity from the certificate and the chain to configured trust anchors.
 */
package it.ccse.anagrafica.documents.infrastructure.signature;
