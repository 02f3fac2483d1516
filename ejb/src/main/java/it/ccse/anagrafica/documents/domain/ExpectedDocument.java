package it.ccse.anagrafica.documents.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * What a signed upload must be: the document the portal issued, known by its SHA-256, signed by the
 * company's legal representative, and no larger than the upload limit.
 *
 * @param documentId the issued document, for the caller's records
 * @param issuedAt when the portal issued the document: nobody can have signed it before
 * @param sha256 SHA-256 of the issued document's bytes (32 bytes)
 * @param legalRepresentativeCodiceFiscale whom the signer's certificate must name, any case
 * @param maxBytes largest upload accepted
 */
public record ExpectedDocument(
    String documentId,
    Instant issuedAt,
    byte[] sha256,
    String legalRepresentativeCodiceFiscale,
    long maxBytes) {

  private static final int SHA256_LENGTH = 32;

  public ExpectedDocument {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(legalRepresentativeCodiceFiscale, "legalRepresentativeCodiceFiscale");
    if (sha256.length != SHA256_LENGTH) {
      throw new IllegalArgumentException("A SHA-256 has 32 bytes, not " + sha256.length);
    }
    if (legalRepresentativeCodiceFiscale.isBlank()) {
      throw new IllegalArgumentException("The legal representative's codice fiscale is blank");
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    sha256 = sha256.clone();
    legalRepresentativeCodiceFiscale =
        legalRepresentativeCodiceFiscale.strip().toUpperCase(Locale.ROOT);
  }

  /** The same, with the hash as hexadecimal text as stored beside the issued document. */
  public static ExpectedDocument ofHex(
      String documentId,
      Instant issuedAt,
      String sha256Hex,
      String legalRepresentativeCodiceFiscale,
      long maxBytes) {
    return new ExpectedDocument(
        documentId,
        issuedAt,
        HexFormat.of().parseHex(sha256Hex.strip()),
        legalRepresentativeCodiceFiscale,
        maxBytes);
  }

  @Override
  public byte[] sha256() {
    return sha256.clone();
  }

  /** Whether these bytes are exactly the issued document. */
  public boolean isIssuedDocument(byte[] content) {
    return MessageDigest.isEqual(sha256, sha256Of(content));
  }

  /** Whether a codice fiscale read from a certificate is the legal representative's. */
  public boolean isLegalRepresentative(String codiceFiscale) {
    return legalRepresentativeCodiceFiscale.equalsIgnoreCase(codiceFiscale.strip());
  }

  public boolean isTooLarge(long uploadBytes) {
    return uploadBytes > maxBytes;
  }

  private static byte[] sha256Of(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExpectedDocument that
        && documentId.equals(that.documentId)
        && issuedAt.equals(that.issuedAt)
        && Arrays.equals(sha256, that.sha256)
        && legalRepresentativeCodiceFiscale.equals(that.legalRepresentativeCodiceFiscale)
        && maxBytes == that.maxBytes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        documentId, issuedAt, Arrays.hashCode(sha256), legalRepresentativeCodiceFiscale, maxBytes);
  }

  @Override
  public String toString() {
    return "ExpectedDocument[documentId="
        + documentId
        + ", issuedAt="
        + issuedAt
        + ", sha256="
        + HexFormat.of().formatHex(sha256)
        + ", legalRepresentativeCodiceFiscale="
        + legalRepresentativeCodiceFiscale
        + ", maxBytes="
        + maxBytes
        + "]";
  }
}
