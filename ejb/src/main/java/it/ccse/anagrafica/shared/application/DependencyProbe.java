package it.ccse.anagrafica.shared.application;

/**
 * What the portal needs to serve requests, probed by the web module's readiness check
 * (/health/ready); each area's infrastructure answers for its own dependency.
 */
public interface DependencyProbe {

  /** Whether the dependency answers within the timeout. */
  boolean answers(int timeoutMillis);

  /** The dependency as the server log names it, e.g. "SMTP server localhost:2525". */
  String describe();
}
