package it.ccse.anagrafica.accounts.application;

import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Outcome of a login attempt; the same {@code INVALID} for a wrong password and an unknown name. An
 * authenticated one carries the account's credentials stamp, which the session keeps (issue 15).
 */
public record AuthenticationResult(
    Outcome outcome,
    String username,
    Set<Role> roles,
    LocalDateTime lockedUntil,
    LocalDateTime credentialsChangedAt) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  public enum Outcome {
    AUTHENTICATED,
    INVALID,
    LOCKED
  }

  public static AuthenticationResult authenticated(
      String username, Set<Role> roles, LocalDateTime credentialsChangedAt) {
    return new AuthenticationResult(
        Outcome.AUTHENTICATED, username, roles, null, credentialsChangedAt);
  }

  public static AuthenticationResult invalid(String username) {
    return new AuthenticationResult(Outcome.INVALID, username, Set.of(), null, null);
  }

  public static AuthenticationResult locked(String username, LocalDateTime until) {
    return new AuthenticationResult(Outcome.LOCKED, username, Set.of(), until, null);
  }

  public boolean isAuthenticated() {
    return outcome == Outcome.AUTHENTICATED;
  }

  /** ON-6: throws the message for the current-password field unless the password was right. */
  public void requireAuthenticated() {
    switch (outcome) {
      case AUTHENTICATED -> {}
      case LOCKED ->
          throw new InvalidFieldException("current", "account.locked", lockedUntil.format(TIME));
      case INVALID -> throw new InvalidFieldException("current", "account.password.currentWrong");
    }
  }
}
