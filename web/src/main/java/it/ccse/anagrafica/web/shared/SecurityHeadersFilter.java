package it.ccse.anagrafica.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response, and the session cookie's Secure attribute (issue 15 finding
 * 8). PrimeFaces sets its widgets up with inline scripts and renders event attributes inline, so
 * the script policy allows inline scripts; nothing we use needs eval. Everything else is limited to
 * our own origin.
 *
 * <p>Behind a proxy that terminates TLS the server sees plain HTTP: with {@value #BEHIND_TLS_PROXY}
 * the session cookie is always Secure and HSTS follows the proxy's {@code X-Forwarded-Proto}, a
 * header that is ignored otherwise because any client can send it.
 */
@WebFilter(urlPatterns = "/*")
@WebListener
public class SecurityHeadersFilter extends HttpFilter implements ServletContextListener {

  private static final long serialVersionUID = 1L;

  private static final String BEHIND_TLS_PROXY = "anagrafica.behind-tls-proxy";

  /** Leaflet loads map tiles as images from the configured tile server (GE-1). */
  private String csp;

  private boolean behindTlsProxy;

  /**
   * Payara marks the session cookie Secure only on a request that reached it over TLS; its settings
   * can change only while the application starts, hence a listener.
   */
  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (behindTlsProxy()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }

  @Override
  public void init() {
    String tiles =
        ConfigProvider.getConfig()
            .getOptionalValue("anagrafica.map.tiles-url", String.class)
            .map(SecurityHeadersFilter::origin)
            .orElse("");
    csp =
        "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: "
            + tiles
            + "; font-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    behindTlsProxy = behindTlsProxy();
  }

  private static boolean behindTlsProxy() {
    return ConfigProvider.getConfig()
        .getOptionalValue(BEHIND_TLS_PROXY, Boolean.class)
        .orElse(false);
  }

  /** "https://{s}.tile.example.org/{z}/{x}/{y}.png" → "https://*.tile.example.org". */
  private static String origin(String template) {
    int start = template.indexOf("://");
    if (start < 0) {
      return "";
    }
    int end = template.indexOf('/', start + 3);
    return (end < 0 ? template : template.substring(0, end)).replace("{s}", "*");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", csp);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
    if (request.isSecure() || behindTlsProxy && reachedOverTls(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }

  /** The client's side of the proxy: the first of "https, http" when proxies are chained. */
  private static boolean reachedOverTls(HttpServletRequest request) {
    String proto = request.getHeader("X-Forwarded-Proto");
    return proto != null && proto.split(",", 2)[0].trim().equalsIgnoreCase("https");
  }
}
