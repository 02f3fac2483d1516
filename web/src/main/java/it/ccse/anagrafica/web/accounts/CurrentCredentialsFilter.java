package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.application.AuthenticationService;
import jakarta.ejb.EJB;
import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Ends a session that signed in before its account's password changed: a reset or a change signs
 * out every other browser (issue 15). The session keeps the account's credentials stamp of its
 * login; each request of a signed-in user, but for static resources, compares it with the current
 * one.
 */
@WebFilter(urlPatterns = "/*")
public class CurrentCredentialsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final String STAMP = CurrentCredentialsFilter.class.getName() + ".stamp";

  @EJB private AuthenticationService authentication;

  /** At login, and after the session's own password change, which keeps it signed in. */
  static void remember(Map<String, Object> session, LocalDateTime credentialsChangedAt) {
    session.put(STAMP, credentialsChangedAt);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var principal = request.getUserPrincipal();
    var session = request.getSession(false);
    if (principal == null
        || session == null
        || request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER)
        || authentication.isSessionCurrent(
            principal.getName(), (LocalDateTime) session.getAttribute(STAMP))) {
      chain.doFilter(request, response);
      return;
    }
    request.logout();
    session.invalidate();
    String login = request.getContextPath() + "/login.xhtml";
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // An ajax request follows a redirect only when it comes as a partial response.
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .printf(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  + "<partial-response><redirect url=\"%s\"/></partial-response>",
              login);
    } else {
      response.sendRedirect(login);
    }
  }
}
