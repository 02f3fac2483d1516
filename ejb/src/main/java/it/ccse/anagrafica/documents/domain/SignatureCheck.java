package it.ccse.anagrafica.documents.domain;

/**
 * Outcome of checking a signed upload: {@link #VALID} or the first failure found, in the order the
 * constants are declared. Each constant names the text shown to the operator, a key of the {@code
 * i18n/signature} bundles.
 */
public enum SignatureCheck {
  VALID("signature.valid"),
  /** Larger than the upload limit; not read at all. */
  TOO_LARGE("signature.tooLarge"),
  /**
   * By its content, neither a PDF nor a CAdES envelope (.p7m, DER or Base64) that contains the
   * document; a detached signature (.p7s) is refused here too.
   */
  WRONG_FILE_TYPE("signature.wrongFileType"),
  /** A PDF without signatures, or a CMS envelope without signers. */
  UNSIGNED("signature.unsigned"),
  /** The signature does not match the signed bytes: altered after signing, or damaged. */
  SIGNATURE_INVALID("signature.invalid"),
  /** Intact, but over other content than the document the portal issued. */
  DIFFERENT_DOCUMENT("signature.differentDocument"),
  /** The certificate names no codice fiscale of its holder. */
  SIGNER_UNKNOWN("signature.signerUnknown"),
  /** The holder of the certificate is not the legal representative. */
  SIGNER_MISMATCH("signature.signerMismatch"),
  /**
   * The certificate was expired, or not yet valid, when the signature was made: at the signing time
   * it claims, but not before the document was issued nor after the upload.
   */
  CERTIFICATE_EXPIRED("signature.certificateExpired"),
  /** The certificate does not chain to a configured trust anchor. */
  UNTRUSTED("signature.untrusted"),
  /** The certificate's CA has revoked or suspended it. */
  CERTIFICATE_REVOKED("signature.certificateRevoked"),
  /**
   * Whether the certificate is revoked could not be learnt (no revocation list named, or none
   * reachable) and the portal is set to require it.
   */
  REVOCATION_UNKNOWN("signature.revocationUnknown");

  private final String messageKey;

  SignatureCheck(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }

  public boolean isValid() {
    return this == VALID;
  }
}
