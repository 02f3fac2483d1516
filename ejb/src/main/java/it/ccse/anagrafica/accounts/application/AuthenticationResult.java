package it.ccse.anagrafica.accounts.application;

import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Outcome of a login attempt; the same {@code INVALID} for a wrong password and an unknown name,
 * the same {@code THROTTLED} for both while the attempts must wait. An authenticated one carries
 * the account's credentials stamp, which the session keeps (issue 15).
 */
public record AuthenticationResult(
    Outcome outcome,
    String username,
    Set<Role> roles,
    Duration retryAfter,
    LocalDateTime credentialsChangedAt) {

  public enum Outcome {
    AUTHENTICATED,
    INVALID,
    /** Too many failures lately: this attempt was refused, or the next one must wait. */
    THROTTLED
  }

  public static AuthenticationResult authenticated(
      String username, Set<Role> roles, LocalDateTime credentialsChangedAt) {
    return new AuthenticationResult(
        Outcome.AUTHENTICATED, username, roles, null, credentialsChangedAt);
  }

  public static AuthenticationResult invalid(String username) {
    return new AuthenticationResult(Outcome.INVALID, username, Set.of(), null, null);
  }

  public static AuthenticationResult throttled(String username, Duration retryAfter) {
    return new AuthenticationResult(Outcome.THROTTLED, username, Set.of(), retryAfter, null);
  }

  public boolean isAuthenticated() {
    return outcome == Outcome.AUTHENTICATED;
  }

  /** "Riprova tra N secondi" under a minute, else "tra N minuti", rounded up; singular for one. */
  public String retryMessageKey() {
    String unit = retrySeconds() < 60 ? "second" : "minute";
    return "account.throttled." + unit + (retryAmount() == 1 ? "" : "s");
  }

  /** The number {@link #retryMessageKey()} shows. */
  public long retryAmount() {
    long seconds = retrySeconds();
    return seconds < 60 ? seconds : (seconds + 59) / 60;
  }

  private long retrySeconds() {
    return Math.max(1, retryAfter.plusNanos(999_999_999).toSeconds());
  }

  /** ON-6: throws the message for the current-password field unless the password was right. */
  public void requireAuthenticated() {
    switch (outcome) {
      case AUTHENTICATED -> {}
      case THROTTLED ->
          throw new InvalidFieldException("current", retryMessageKey(), retryAmount());
      case INVALID -> throw new InvalidFieldException("current", "account.password.currentWrong");
    }
  }
}
