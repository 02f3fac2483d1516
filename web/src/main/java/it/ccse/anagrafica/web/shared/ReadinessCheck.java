package it.ccse.anagrafica.web.shared;

import it.ccse.anagrafica.shared.application.DependencyProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when every dependency answers — the database and the SMTP server, each probed by its area's
 * {@link DependencyProbe} (/health/ready). It lives in the web module: on Payara 6.2025.9 a check
 * in the EJB module was not discovered. The endpoint is public, so it answers UP or DOWN only
 * (issue 15 finding 8); which dependency failed goes to the server log, once per change.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(ReadinessCheck.class.getName());

  private static final int TIMEOUT_MS = 2000;

  private final AtomicBoolean ready = new AtomicBoolean(true);

  @Inject @Any private Instance<DependencyProbe> dependencies;

  @Override
  public HealthCheckResponse call() {
    List<String> down =
        dependencies.stream().filter(d -> !d.answers(TIMEOUT_MS)).map(d -> d.describe()).toList();
    boolean up = down.isEmpty();
    if (ready.getAndSet(up) != up) {
      LOG.log(
          up ? Level.INFO : Level.WARNING,
          "Readiness {0}{1}",
          new Object[] {up ? "UP" : "DOWN", up ? "" : ": " + down + " not answering"});
    }
    return HealthCheckResponse.named("anagrafica").status(up).build();
  }
}
