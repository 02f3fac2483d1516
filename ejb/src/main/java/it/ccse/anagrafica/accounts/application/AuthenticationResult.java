package it.ccse.anagrafica.accounts.application;

import it.ccse.anagrafica.accounts.domain.Role;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Outcome of a login attempt; the same {@code INVALID} for a wrong password and an unknown name.
 */
public record AuthenticationResult(
    Outcome outcome, String username, Set<Role> roles, LocalDateTime lockedUntil) {

  public enum Outcome {
    AUTHENTICATED,
    INVALID,
    LOCKED
  }

  public static AuthenticationResult authenticated(String username, Set<Role> roles) {
    return new AuthenticationResult(Outcome.AUTHENTICATED, username, roles, null);
  }

  public static AuthenticationResult invalid(String username) {
    return new AuthenticationResult(Outcome.INVALID, username, Set.of(), null);
  }

  public static AuthenticationResult locked(String username, LocalDateTime until) {
    return new AuthenticationResult(Outcome.LOCKED, username, Set.of(), until);
  }

  public boolean isAuthenticated() {
    return outcome == Outcome.AUTHENTICATED;
  }
}
