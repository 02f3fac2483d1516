package it.ccse.anagrafica.documents.infrastructure.signature;

import it.ccse.anagrafica.documents.domain.ExpectedDocument;
import it.ccse.anagrafica.documents.domain.SignatureCheck;
import it.ccse.anagrafica.documents.domain.SignatureVerification;
import it.ccse.anagrafica.documents.domain.SignedDocumentVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Verifies a signed registration form (SPEC CD-2): recognises the upload by its content, lets the
 * CAdES or PAdES verifier check that the signature is intact and over the issued document, then
 * checks the signer, the certificate's validity at signing time, its chain to the trust anchors and
 * whether its CA has revoked it ({@link RevocationCheck}). Thread-safe.
 */
public final class SignatureVerifier implements SignedDocumentVerifier {

  private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte ASN1_SEQUENCE = 0x30;
  private static final Pattern PEM_BOUNDARY = Pattern.compile("-----[A-Z0-9 ]+-----");
  private static final Pattern BASE64_TEXT = Pattern.compile("[A-Za-z0-9+/=\\s]+");

  private static final Duration DEFAULT_REVOCATION_TIMEOUT = Duration.ofSeconds(5);

  private final Set<TrustAnchor> trustAnchors;
  private final RevocationCheck revocation;
  private final Clock clock;
  private final BouncyCastleCadesVerifier cades = new BouncyCastleCadesVerifier();
  private final ItextPadesVerifier pades = new ItextPadesVerifier();

  /**
   * Trusts the given CA certificates (an empty set trusts nobody) and checks revocation where the
   * certificate names a revocation list ({@link RevocationPolicy#CHECK}).
   */
  public SignatureVerifier(Set<X509Certificate> trustAnchors) {
    this(trustAnchors, Clock.systemUTC());
  }

  /** The clock tells the time of the upload. */
  public SignatureVerifier(Set<X509Certificate> trustAnchors, Clock clock) {
    this(trustAnchors, RevocationPolicy.CHECK, DEFAULT_REVOCATION_TIMEOUT, clock);
  }

  /**
   * @param revocationTimeout how long to wait for a certification authority's revocation list
   */
  public SignatureVerifier(
      Set<X509Certificate> trustAnchors,
      RevocationPolicy revocationPolicy,
      Duration revocationTimeout,
      Clock clock) {
    this.trustAnchors =
        trustAnchors.stream()
            .map(certificate -> new TrustAnchor(certificate, null))
            .collect(Collectors.toUnmodifiableSet());
    this.clock = Objects.requireNonNull(clock, "clock");
    this.revocation = new RevocationCheck(revocationPolicy, revocationTimeout, clock);
  }

  /** The certificates of a trust store, e.g. one exported from the EU trusted lists. */
  public static Set<X509Certificate> trustAnchorsOf(KeyStore keyStore) throws KeyStoreException {
    Set<X509Certificate> anchors = new HashSet<>();
    for (String alias : Collections.list(keyStore.aliases())) {
      if (keyStore.isCertificateEntry(alias)
          && keyStore.getCertificate(alias) instanceof X509Certificate certificate) {
        anchors.add(certificate);
      }
    }
    return anchors;
  }

  @Override
  public SignatureVerification verify(byte[] upload, ExpectedDocument expected) {
    if (expected.isTooLarge(upload.length)) {
      return SignatureVerification.refused(SignatureCheck.TOO_LARGE);
    }
    Inspection inspection;
    if (startsWith(upload, PDF_HEADER)) {
      inspection = pades.inspect(upload, expected);
    } else {
      inspection =
          cms(upload)
              .map(der -> cades.inspect(der, expected))
              .orElse(new Refused(SignatureCheck.WRONG_FILE_TYPE));
    }
    if (inspection instanceof Refused refused) {
      return SignatureVerification.refused(refused.cause());
    }
    return checkSigner((Intact) inspection, expected);
  }

  private SignatureVerification checkSigner(Intact intact, ExpectedDocument expected) {
    Signer signer = chooseSigner(intact.signers(), expected);
    SignerIdentity identity = SignerIdentity.of(signer.certificate());
    String codiceFiscale = identity.codiceFiscale().orElse(null);
    Instant signingTime = signingTime(signer, expected);
    SignatureCheck outcome =
        check(signer.certificate(), codiceFiscale, intact.certificates(), expected, signingTime);
    return outcome.isValid()
        ? SignatureVerification.valid(
            codiceFiscale, identity.subject(), signingTime, intact.content())
        : SignatureVerification.refused(outcome, codiceFiscale, identity.subject(), signingTime);
  }

  private SignatureCheck check(
      X509Certificate certificate,
      String codiceFiscale,
      Collection<X509Certificate> others,
      ExpectedDocument expected,
      Instant signingTime) {
    if (codiceFiscale == null) {
      return SignatureCheck.SIGNER_UNKNOWN;
    }
    if (!expected.isLegalRepresentative(codiceFiscale)) {
      return SignatureCheck.SIGNER_MISMATCH;
    }
    if (!isValidAt(certificate, signingTime)) {
      return SignatureCheck.CERTIFICATE_EXPIRED;
    }
    Optional<X509Certificate> issuer = trustedIssuer(certificate, others, signingTime);
    if (issuer.isEmpty()) {
      return SignatureCheck.UNTRUSTED;
    }
    // Only a certificate from a trusted CA gets the addresses it names fetched.
    return revocation.outcome(certificate, issuer.get());
  }

  // The signing time a signature claims is the signer's word (the signing software takes it from
  // the computer's clock). Nobody can sign the form before the portal issued it, nor after the
  // upload: bounded so, a certificate that expired before the form existed cannot sign it by
  // claiming an earlier time, and a claim in the future cannot reach past the upload.
  private Instant signingTime(Signer signer, ExpectedDocument expected) {
    Instant uploadedAt = clock.instant();
    Instant claimed = signer.signingTime() != null ? signer.signingTime() : uploadedAt;
    Instant notBeforeIssue = claimed.isBefore(expected.issuedAt()) ? expected.issuedAt() : claimed;
    return notBeforeIssue.isAfter(uploadedAt) ? uploadedAt : notBeforeIssue;
  }

  // An envelope may hold several signers (co-signatures): the legal representative's decides; with
  // none of them, the first signer is reported.
  private static Signer chooseSigner(List<Signer> signers, ExpectedDocument expected) {
    return signers.stream()
        .filter(
            signer ->
                SignerIdentity.of(signer.certificate())
                    .codiceFiscale()
                    .filter(expected::isLegalRepresentative)
                    .isPresent())
        .findFirst()
        .orElse(signers.get(0));
  }

  private static boolean isValidAt(X509Certificate certificate, Instant signingTime) {
    try {
      certificate.checkValidity(Date.from(signingTime));
      return true;
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      return false;
    }
  }

  // PKIX path building also validates the path it finds (signatures, CA constraints, key usage,
  // validity of every certificate at the signing time). Intermediates come from the signature.
  // Revocation is left to RevocationCheck: PKIX would want revocation lists current at the signing
  // time, and fetches them only when enabled for the whole JVM.
  private Optional<X509Certificate> trustedIssuer(
      X509Certificate certificate, Collection<X509Certificate> others, Instant signingTime) {
    if (trustAnchors.isEmpty()) {
      return Optional.empty();
    }
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(certificate);
      PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors, target);
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(signingTime));
      parameters.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(others)));
      PKIXCertPathBuilderResult path =
          (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
      List<? extends Certificate> below = path.getCertPath().getCertificates();
      return Optional.of(
          below.size() > 1
              ? (X509Certificate) below.get(1)
              : path.getTrustAnchor().getTrustedCert());
    } catch (GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  // A .p7m is DER (first byte: SEQUENCE), or that DER in Base64, with or without PEM boundaries.
  private static Optional<byte[]> cms(byte[] upload) {
    if (upload.length > 0 && upload[0] == ASN1_SEQUENCE) {
      return Optional.of(upload);
    }
    String text = new String(upload, StandardCharsets.ISO_8859_1);
    String base64 = PEM_BOUNDARY.matcher(text).replaceAll("");
    if (base64.isBlank() || !BASE64_TEXT.matcher(base64).matches()) {
      return Optional.empty();
    }
    try {
      byte[] decoded = Base64.getMimeDecoder().decode(base64);
      return decoded.length > 0 && decoded[0] == ASN1_SEQUENCE
          ? Optional.of(decoded)
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** What a format verifier found: a refusal, or intact signatures over the issued document. */
  sealed interface Inspection permits Refused, Intact {}

  record Refused(SignatureCheck cause) implements Inspection {}

  /**
   * Signatures whose integrity and content were checked.
   *
   * @param signers at least one
   * @param certificates every certificate the signature carries, to build chains from
   * @param content what to hand back when the signature turns out valid
   */
  record Intact(List<Signer> signers, Collection<X509Certificate> certificates, byte[] content)
      implements Inspection {

    Intact {
      if (signers.isEmpty()) {
        throw new IllegalArgumentException("No signer");
      }
      signers = List.copyOf(signers);
      certificates = List.copyOf(certificates);
    }
  }

  /**
   * @param signingTime the time the signature claims, null if none
   */
  record Signer(X509Certificate certificate, Instant signingTime) {}
}
