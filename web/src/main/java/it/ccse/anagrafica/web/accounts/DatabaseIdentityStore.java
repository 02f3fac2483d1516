package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.application.AuthenticationService;
import it.ccse.anagrafica.web.shared.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;

/**
 * Validates username and password against the accounts table, throttled by client address (ON-4).
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @EJB private AuthenticationService authentication;
  @Inject private LoginOutcome outcome;
  @Inject private ClientAddress clientAddress;
  @Inject private HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    var result =
        authentication.authenticate(
            login.getCaller(), login.getPassword().getValue(), clientAddress.of(request));
    outcome.set(result);
    if (!result.isAuthenticated()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        result.username(), result.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }
}
