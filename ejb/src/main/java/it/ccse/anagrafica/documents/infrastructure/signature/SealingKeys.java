package it.ccse.anagrafica.documents.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service certificate that seals the reports (MD-9, DESIGN §2): a PKCS#12 keystore named by
 * {@code anagrafica.seal.keystore}; when unset (embedded default) a self-signed one generated at
 * start, so sealed reports verify as intact but name no trusted signer.
 */
@ApplicationScoped
public class SealingKeys {

  private static final Logger LOG = Logger.getLogger(SealingKeys.class.getName());

  /** The key and its chain, signer first. */
  public record SealingKey(PrivateKey key, Certificate[] chain) {}

  @Inject
  @ConfigProperty(name = "anagrafica.seal.keystore")
  private Optional<String> keystore;

  @Inject
  @ConfigProperty(name = "anagrafica.seal.password")
  private Optional<String> password;

  private SealingKey key;

  public synchronized SealingKey current() {
    if (key == null) {
      key = keystore.map(Path::of).map(this::load).orElseGet(SealingKeys::generated);
    }
    return key;
  }

  private SealingKey load(Path path) {
    char[] secret = password.orElse("").toCharArray();
    try (InputStream in = Files.newInputStream(path)) {
      var store = KeyStore.getInstance("PKCS12");
      store.load(in, secret);
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          return new SealingKey(
              (PrivateKey) store.getKey(alias, secret), store.getCertificateChain(alias));
        }
      }
      throw new IllegalStateException("No private key in " + path);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the sealing keystore " + path, e);
    }
  }

  /** A fresh self-signed sealing key: the embedded default, and tests. */
  public static SealingKey generated() {
    LOG.warning(
        "anagrafica.seal.keystore is not set: reports are sealed with a self-signed development"
            + " certificate generated at start");
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      var keys = generator.generateKeyPair();
      var name = new X500Name("CN=Anagrafica Operatori (sviluppo),O=CCSE,C=IT");
      Instant now = Instant.now();
      var builder =
          new JcaX509v3CertificateBuilder(
              name,
              BigInteger.valueOf(now.toEpochMilli()),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(3650))),
              name,
              keys.getPublic());
      var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
      var certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
      return new SealingKey(keys.getPrivate(), new Certificate[] {certificate});
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }
}
