package it.ccse.anagrafica.documents.infrastructure.signature;

import it.ccse.anagrafica.documents.domain.SignedDocumentVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CD-2 verifier with the trust anchors of {@code anagrafica.signature.trust-anchors}: a PEM
 * file with one or more CA certificates (the qualified CAs of the AgID list in production, the
 * generated dev CA in the embedded default). Without it nothing is trusted. Revocation is checked
 * as {@code anagrafica.signature.revocation} says, waiting {@code
 * anagrafica.signature.revocation-timeout-ms} for a revocation list.
 */
@ApplicationScoped
public class SignatureVerifierProducer {

  private static final Logger LOG = Logger.getLogger(SignatureVerifierProducer.class.getName());

  @Inject
  @ConfigProperty(name = "anagrafica.signature.trust-anchors")
  private Optional<String> trustAnchors;

  @Inject
  @ConfigProperty(name = "anagrafica.signature.revocation")
  private String revocation;

  @Inject
  @ConfigProperty(name = "anagrafica.signature.revocation-timeout-ms")
  private long revocationTimeoutMs;

  @Inject private Clock clock;

  @Produces
  @ApplicationScoped
  SignedDocumentVerifier verifier() {
    return new SignatureVerifier(
        anchors(), RevocationPolicy.of(revocation), Duration.ofMillis(revocationTimeoutMs), clock);
  }

  private Set<X509Certificate> anchors() {
    if (trustAnchors.isEmpty()) {
      LOG.warning("anagrafica.signature.trust-anchors is not set: no signature will be trusted");
      return Set.of();
    }
    try (InputStream in = Files.newInputStream(Path.of(trustAnchors.get()))) {
      return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
          .map(X509Certificate.class::cast)
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException | CertificateException e) {
      throw new IllegalStateException("Cannot read the trust anchors " + trustAnchors.get(), e);
    }
  }
}
