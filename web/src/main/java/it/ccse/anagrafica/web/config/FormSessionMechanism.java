package it.ccse.anagrafica.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Form login on our own page (ON-4), like the standard custom-form mechanism, except for how a
 * signed-in session is recognised. The standard one lets the container restore the caller from the
 * session (auto-apply-session), and under load Payara 6 sometimes restores it without its groups:
 * an authorised user got a 403 now and then while others were busy (issue 15, finding 12; Payara
 * issue #6145, open). Here the session keeps the caller's name and roles, and every request tells
 * the container both. A protected page asked for without a session leads to the login page, which
 * returns to it after login (what {@code @LoginToContinue} did, and cannot do here: it redirects
 * before a mechanism is asked).
 */
@ApplicationScoped
public class FormSessionMechanism implements HttpAuthenticationMechanism {

  private static final String SIGNED_IN = FormSessionMechanism.class.getName() + ".caller";
  private static final String RETURN_TO = FormSessionMechanism.class.getName() + ".returnTo";

  /** Who signed in on this session, with the roles the identity store gave at login. */
  private record SignedIn(String name, Set<String> roles) implements Serializable {}

  @Inject private IdentityStoreHandler identityStore;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    var credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStore.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        request
            .getSession()
            .setAttribute(
                SIGNED_IN,
                new SignedIn(
                    result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
      }
      return context.notifyContainerAboutLogin(result);
    }
    var session = request.getSession(false);
    if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
      return context.notifyContainerAboutLogin(signedIn.name(), signedIn.roles());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request
          .getSession()
          .setAttribute(
              RETURN_TO,
              request.getServletPath()
                  + (request.getPathInfo() == null ? "" : request.getPathInfo())
                  + (query == null ? "" : "?" + query));
    }
    return context.redirect(request.getContextPath() + "/login.xhtml");
  }

  /** The page asked for before the login, within the portal, once. */
  public static Optional<String> takeReturnTo(Map<String, Object> session) {
    return Optional.ofNullable((String) session.remove(RETURN_TO));
  }
}
