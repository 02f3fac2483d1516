package it.ccse.anagrafica.documents.infrastructure.signature;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.security.Provider;
import java.security.Security;
import java.util.logging.Logger;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * iText registers Bouncy Castle as the JVM-wide security provider "BC" the first time it signs or
 * reads a signature, and from then on uses whatever "BC" is registered. After a redeploy on a
 * running server that was the previous deployment's provider, whose class loader is closed: every
 * sealed report then failed ("X509 not found"). So a deployment drops a "BC" it did not load when
 * it starts, and its own when it stops.
 */
@Singleton
@Startup
public class BouncyCastleRegistration {

  private static final Logger LOG = Logger.getLogger(BouncyCastleRegistration.class.getName());

  @PostConstruct
  void dropAnotherDeployments() {
    var registered = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
    if (registered != null && !isOurs(registered)) {
      Security.removeProvider(BouncyCastleProvider.PROVIDER_NAME);
      LOG.info("Dropped the Bouncy Castle provider a previous deployment left registered");
    }
  }

  @PreDestroy
  void dropOurs() {
    var registered = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
    if (registered != null && isOurs(registered)) {
      Security.removeProvider(BouncyCastleProvider.PROVIDER_NAME);
    }
  }

  private static boolean isOurs(Provider provider) {
    return provider.getClass().getClassLoader() == BouncyCastleProvider.class.getClassLoader();
  }
}
