package it.ccse.anagrafica.documents.infrastructure.signature;

import it.ccse.anagrafica.documents.domain.SignatureCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * Whether a signer's certificate has been revoked, by the certificate revocation list (CRL) its
 * {@code cRLDistributionPoints} name over HTTP(S), signed by the CA that issued the certificate.
 *
 * <p>The status is the current one, not the one at the claimed signing time: without a trusted time
 * stamp the signature may have been made at any moment up to the upload, so a certificate revoked
 * or suspended by now is refused whatever time it claims. A CRL is reused until its next update.
 * Thread-safe.
 */
final class RevocationCheck {

  private static final Logger LOG = Logger.getLogger(RevocationCheck.class.getName());
  private static final int CRL_SIGN = 6;

  private final RevocationPolicy policy;
  private final Duration timeout;
  private final Clock clock;
  private final HttpClient http;
  private final Map<URI, X509CRL> crls = new ConcurrentHashMap<>();

  RevocationCheck(RevocationPolicy policy, Duration timeout, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /**
   * {@link SignatureCheck#VALID}, {@link SignatureCheck#CERTIFICATE_REVOKED} or, when the status
   * cannot be learnt and the policy requires it, {@link SignatureCheck#REVOCATION_UNKNOWN}.
   *
   * @param issuer the certificate of the CA that issued it, from a validated path
   */
  SignatureCheck outcome(X509Certificate certificate, X509Certificate issuer) {
    if (!policy.isChecked()) {
      return SignatureCheck.VALID;
    }
    List<URI> locations = crlLocations(certificate);
    for (URI location : locations) {
      Optional<X509CRL> crl = crl(location, issuer);
      if (crl.isPresent()) {
        return crl.get().getRevokedCertificate(certificate) == null
            ? SignatureCheck.VALID
            : SignatureCheck.CERTIFICATE_REVOKED;
      }
    }
    boolean accepted = policy.acceptsUnknownStatus();
    LOG.log(
        locations.isEmpty() ? Level.INFO : Level.WARNING,
        () ->
            "Revocation status of "
                + certificate.getSubjectX500Principal()
                + " (serial "
                + certificate.getSerialNumber().toString(16)
                + ") unknown"
                + (locations.isEmpty() ? ", it names no CRL" : "")
                + ": signature "
                + (accepted ? "accepted" : "refused"));
    return accepted ? SignatureCheck.VALID : SignatureCheck.REVOCATION_UNKNOWN;
  }

  // LDAP locations, which some CAs add beside the HTTP ones, are not followed.
  private static List<URI> crlLocations(X509Certificate certificate) {
    byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
    List<URI> locations = new ArrayList<>();
    if (extension == null) {
      return locations;
    }
    try {
      CRLDistPoint points =
          CRLDistPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(extension));
      for (DistributionPoint point : points.getDistributionPoints()) {
        DistributionPointName name = point.getDistributionPoint();
        if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
          continue;
        }
        for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
          if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
            URI location = URI.create(ASN1IA5String.getInstance(general.getName()).getString());
            if ("http".equalsIgnoreCase(location.getScheme())
                || "https".equalsIgnoreCase(location.getScheme())) {
              locations.add(location);
            }
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      LOG.warning(() -> "Unreadable CRL distribution points: " + e);
    }
    return locations;
  }

  private Optional<X509CRL> crl(URI location, X509Certificate issuer) {
    X509CRL cached = crls.get(location);
    if (cached != null && isUsable(cached, issuer)) {
      return Optional.of(cached);
    }
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(location).timeout(timeout).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        LOG.warning(() -> "CRL " + location + " answered HTTP " + response.statusCode());
        return Optional.empty();
      }
      X509CRL crl =
          (X509CRL)
              CertificateFactory.getInstance("X.509")
                  .generateCRL(new ByteArrayInputStream(response.body()));
      if (!isUsable(crl, issuer)) {
        LOG.warning(
            () -> "CRL " + location + " is no current CRL of " + issuer.getSubjectX500Principal());
        return Optional.empty();
      }
      crls.put(location, crl);
      return Optional.of(crl);
    } catch (IOException | GeneralSecurityException e) {
      LOG.warning(() -> "CRL " + location + " unavailable: " + e);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  // Signed by the issuer with a key allowed to sign CRLs (RFC 5280 §6.3.3), and current: a list
  // past
  // its next update (which RFC 5280 makes mandatory) may miss later revocations.
  private boolean isUsable(X509CRL crl, X509Certificate issuer) {
    boolean[] keyUsage = issuer.getKeyUsage();
    if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())
        || (keyUsage != null && !keyUsage[CRL_SIGN])
        || crl.getNextUpdate() == null
        || crl.getNextUpdate().toInstant().isBefore(clock.instant())) {
      return false;
    }
    try {
      crl.verify(issuer.getPublicKey());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
