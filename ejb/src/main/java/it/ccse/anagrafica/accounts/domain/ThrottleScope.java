package it.ccse.anagrafica.accounts.domain;

import java.time.Duration;

/**
 * ON-4 (issue 15 finding 4): the keys a login failure counts under. Past a key's free failures,
 * each further attempt under it waits {@link LoginThrottlePolicy#FIRST_DELAY}, doubled at every
 * failure, up to the key's cap.
 */
public enum ThrottleScope {

  /** One username from one source: the holder mistyping, or one guesser at one address. */
  USERNAME_AT_SOURCE(1),

  /**
   * Every username from one source: one address spraying names. Colleagues behind one address share
   * it, so it tolerates twice the free failures.
   */
  SOURCE(2),

  /**
   * One username from every source: a guesser spread over many addresses. Capped at {@link
   * #USERNAME_CAP}, so that it slows the holder and never locks them out.
   */
  USERNAME(1);

  public static final Duration USERNAME_CAP = Duration.ofMinutes(1);

  /** A typed username longer than any account's still has one key (the column's width). */
  private static final int USERNAME_KEY_LENGTH = 100;

  private final int tolerance;

  ThrottleScope(int tolerance) {
    this.tolerance = tolerance;
  }

  public int freeFailures(LoginThrottlePolicy policy) {
    return policy.freeFailures() * tolerance;
  }

  /** The wait before the next attempt under this key, after {@code failures} counted failures. */
  public Duration delayAfter(int failures, LoginThrottlePolicy policy) {
    int beyond = failures - freeFailures(policy);
    if (beyond < 0) {
      return Duration.ZERO;
    }
    // 2^20 first delays are far beyond any cap: no overflow.
    Duration delay = LoginThrottlePolicy.FIRST_DELAY.multipliedBy(1L << Math.min(beyond, 20));
    Duration cap = cap(policy);
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  private Duration cap(LoginThrottlePolicy policy) {
    return this == USERNAME && policy.maxDelay().compareTo(USERNAME_CAP) > 0
        ? USERNAME_CAP
        : policy.maxDelay();
  }

  /** The row this scope counts an attempt under; a source never holds a space. */
  String key(LoginAttempt attempt) {
    String username =
        attempt.username().length() > USERNAME_KEY_LENGTH
            ? attempt.username().substring(0, USERNAME_KEY_LENGTH)
            : attempt.username();
    return switch (this) {
      case USERNAME_AT_SOURCE -> "us " + attempt.source() + " " + username;
      case SOURCE -> "s " + attempt.source();
      case USERNAME -> "u " + username;
    };
  }
}
