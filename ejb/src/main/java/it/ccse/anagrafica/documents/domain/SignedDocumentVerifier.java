package it.ccse.anagrafica.documents.domain;

/** Checks that an upload is the issued document, signed by the person expected (SPEC CD-2). */
public interface SignedDocumentVerifier {

  /**
   * Verifies a signed upload (CAdES {@code .p7m} or PAdES PDF, recognised by content). Never throws
   * for bad input: every failure is an outcome of the result.
   */
  SignatureVerification verify(byte[] upload, ExpectedDocument expected);
}
