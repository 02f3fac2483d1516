package it.ccse.anagrafica.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response. PrimeFaces needs inline scripts and eval for its ajax
 * callbacks, so the script policy allows them; everything is still limited to our own origin.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Leaflet loads map tiles as images from the configured tile server (GE-1). */
  private String csp;

  @Override
  public void init() {
    String tiles =
        ConfigProvider.getConfig()
            .getOptionalValue("anagrafica.map.tiles-url", String.class)
            .map(SecurityHeadersFilter::origin)
            .orElse("");
    csp =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: "
            + tiles
            + "; font-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
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
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }
}
