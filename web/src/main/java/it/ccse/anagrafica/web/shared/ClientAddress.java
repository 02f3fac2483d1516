package it.ccse.anagrafica.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's network address, which login throttling counts failures by (ON-4, issue 15 finding
 * 4): the peer of the connection. Behind a proxy ({@code anagrafica.behind-tls-proxy}) the peer is
 * the proxy, and the client is the right-most {@code X-Forwarded-For} entry, the one the proxy
 * appended itself; entries to its left come from the client and are never believed.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject
  @ConfigProperty(name = "anagrafica.behind-tls-proxy", defaultValue = "false")
  private boolean behindTlsProxy;

  public String of(HttpServletRequest request) {
    String forwarded = behindTlsProxy ? request.getHeader("X-Forwarded-For") : null;
    if (forwarded == null || forwarded.isBlank()) {
      return request.getRemoteAddr();
    }
    return forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
  }
}
