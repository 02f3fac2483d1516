package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.application.AuthenticationResult;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Carries the identity store's verdict to the login page within one request. */
@RequestScoped
public class LoginOutcome {

  private AuthenticationResult result;

  void set(AuthenticationResult result) {
    this.result = result;
  }

  Optional<AuthenticationResult> get() {
    return Optional.ofNullable(result);
  }
}
