package it.ccse.anagrafica.documents.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * Result of verifying a signed upload. What is known about the signer is filled in even when the
 * signature is refused for a later cause (e.g. who signed instead of the legal representative).
 *
 * @param outcome {@link SignatureCheck#VALID} or the first failure found
 * @param signerCodiceFiscale the certificate holder's codice fiscale, upper case; null if unknown
 * @param signerSubject the certificate's subject DN, for display; null if no signer was found
 * @param signingTime when the certificate's validity was judged: the signing time the signature
 *     claims (the time of verification if none), but not before the document was issued nor after
 *     the verification; null if no signer was found
 * @param signedContent only when valid: the signed document (for CAdES the PDF taken out of the
 *     envelope, for PAdES the signed PDF as uploaded)
 */
public record SignatureVerification(
    SignatureCheck outcome,
    String signerCodiceFiscale,
    String signerSubject,
    Instant signingTime,
    byte[] signedContent) {

  public SignatureVerification {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome.isValid() != (signedContent != null)) {
      throw new IllegalArgumentException("Signed content goes with a valid signature only");
    }
    if (outcome.isValid() && (signerCodiceFiscale == null || signingTime == null)) {
      throw new IllegalArgumentException("A valid signature has a known signer and signing time");
    }
    signedContent = signedContent == null ? null : signedContent.clone();
  }

  public static SignatureVerification valid(
      String signerCodiceFiscale, String signerSubject, Instant signingTime, byte[] signedContent) {
    return new SignatureVerification(
        SignatureCheck.VALID, signerCodiceFiscale, signerSubject, signingTime, signedContent);
  }

  /** Refused before a signer could be identified. */
  public static SignatureVerification refused(SignatureCheck cause) {
    return refused(cause, null, null, null);
  }

  public static SignatureVerification refused(
      SignatureCheck cause, String signerCodiceFiscale, String signerSubject, Instant signingTime) {
    if (cause.isValid()) {
      throw new IllegalArgumentException("VALID is not a cause of refusal");
    }
    return new SignatureVerification(cause, signerCodiceFiscale, signerSubject, signingTime, null);
  }

  public boolean isValid() {
    return outcome.isValid();
  }

  /** Key of the text to show the operator in the {@code i18n/signature} bundles. */
  public String messageKey() {
    return outcome.messageKey();
  }

  @Override
  public byte[] signedContent() {
    return signedContent == null ? null : signedContent.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignatureVerification that
        && outcome == that.outcome
        && Objects.equals(signerCodiceFiscale, that.signerCodiceFiscale)
        && Objects.equals(signerSubject, that.signerSubject)
        && Objects.equals(signingTime, that.signingTime)
        && Arrays.equals(signedContent, that.signedContent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        outcome, signerCodiceFiscale, signerSubject, signingTime, Arrays.hashCode(signedContent));
  }

  @Override
  public String toString() {
    return "SignatureVerification[outcome="
        + outcome
        + ", signerCodiceFiscale="
        + signerCodiceFiscale
        + ", signerSubject="
        + signerSubject
        + ", signingTime="
        + signingTime
        + ", signedContent="
        + (signedContent == null ? "none" : signedContent.length + " bytes")
        + "]";
  }
}
