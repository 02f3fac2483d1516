package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.application.AuthenticationResult;
import it.ccse.anagrafica.accounts.application.AuthenticationResult.Outcome;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.company.application.CompanyDataService;
import it.ccse.anagrafica.web.config.FormSessionMechanism;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Set;

/** The login page (ON-4). */
@Named
@RequestScoped
public class Login {

  @Inject private SecurityContext securityContext;
  @Inject private ExternalContext external;
  @Inject private LoginOutcome outcome;
  @Inject private Messages messages;
  @EJB private CompanyDataService companyData;

  @NotBlank private String username;
  @NotBlank private String password;

  public void submit() throws IOException {
    var request = (HttpServletRequest) external.getRequest();
    // A new session id before the principal is stored in the session: defeats session fixation.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    outcome
        .get()
        .filter(AuthenticationResult::isAuthenticated)
        .ifPresent(
            r ->
                CurrentCredentialsFilter.remember(
                    external.getSessionMap(), r.credentialsChangedAt()));
    switch (status) {
      case SUCCESS ->
          external.redirect(
              external.getRequestContextPath()
                  + FormSessionMechanism.takeReturnTo(external.getSessionMap())
                      .orElseGet(this::landingPage));
      default -> failed();
    }
  }

  /**
   * CD-1: an operator whose company data CCSE has not approved yet starts from "Dati societari";
   * VW-1: a delegate first chooses the device in use.
   */
  private String landingPage() {
    Set<Role> roles = outcome.get().map(AuthenticationResult::roles).orElse(Set.of());
    if (roles.contains(Role.OPERATOR)) {
      return companyData.isValidated(username) ? "/index.xhtml" : "/area/dati-societari.xhtml";
    }
    return roles.contains(Role.DELEGATE) ? "/area/scegli-dispositivo.xhtml" : "/index.xhtml";
  }

  private void failed() {
    var result = outcome.get().filter(r -> r.outcome() == Outcome.THROTTLED);
    if (result.isPresent()) {
      messages.error(null, result.get().retryMessageKey(), result.get().retryAmount());
    } else {
      messages.error(null, "login.invalid");
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
