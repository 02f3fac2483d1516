package it.ccse.anagrafica.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Recent login failures under one key of a {@link ThrottleScope} (issue 15 finding 4). Usernames
 * are counted as typed, whether or not an account has them: unknown names are throttled exactly
 * like known ones, so the answers never reveal which exist (ON-4).
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  @Id
  @Column(name = "throttle_key")
  private String key;

  @Enumerated(EnumType.STRING)
  private ThrottleScope scope;

  @Version private long version;

  private int failures;

  @Column(name = "last_failure_at")
  private LocalDateTime lastFailureAt;

  @Column(name = "last_success_at")
  private LocalDateTime lastSuccessAt;

  protected LoginThrottle() {}

  public LoginThrottle(ThrottleScope scope, LoginAttempt attempt) {
    this.scope = scope;
    this.key = scope.key(attempt);
  }

  /** How long the next attempt under this key must still wait; zero when it may go ahead. */
  public Duration waitAt(LocalDateTime now, LoginThrottlePolicy policy) {
    int counted = failuresAt(now, policy);
    if (counted == 0) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, lastFailureAt.plus(scope.delayAfter(counted, policy)));
    return left.isNegative() ? Duration.ZERO : left;
  }

  /**
   * Counts a failure; returns true when it is the one that starts this key's waits, once per
   * episode: failures that aged out start a fresh count.
   */
  public boolean registerFailure(LocalDateTime now, LoginThrottlePolicy policy) {
    failures = failuresAt(now, policy) + 1;
    lastFailureAt = now;
    return failures == scope.freeFailures(policy);
  }

  /** The username signed in from this source: its count starts afresh, and the source is known. */
  public void registerSuccess(LocalDateTime now) {
    failures = 0;
    lastFailureAt = null;
    lastSuccessAt = now;
  }

  /**
   * Whether the username signed in from this source lately ({@link
   * LoginThrottlePolicy#KNOWN_SOURCE}).
   */
  public boolean isKnownSource(LocalDateTime now) {
    return lastSuccessAt != null
        && !lastSuccessAt.plus(LoginThrottlePolicy.KNOWN_SOURCE).isBefore(now);
  }

  /** The failures that still count: none once the last is older than the policy's window. */
  public int failuresAt(LocalDateTime now, LoginThrottlePolicy policy) {
    boolean aged = lastFailureAt == null || lastFailureAt.plus(policy.window()).isBefore(now);
    return aged ? 0 : failures;
  }

  public String getKey() {
    return key;
  }
}
