package it.ccse.anagrafica.accounts.domain;

import java.time.Duration;

/**
 * ON-4 (issue 15 finding 4): how many failures a throttle key tolerates before its attempts must
 * wait, and the longest such wait. The first wait is {@link #FIRST_DELAY}; each further failure
 * doubles it.
 */
public record LoginThrottlePolicy(int freeFailures, Duration maxDelay) {

  /** Long enough to stop a script, short enough for a holder who mistyped. */
  public static final Duration FIRST_DELAY = Duration.ofSeconds(30);

  /**
   * A source where the username signed in this recently is taken as the holder's: only the key of
   * the username at that source holds its attempts (an attacker cannot make a source known).
   */
  public static final Duration KNOWN_SOURCE = Duration.ofDays(30);

  public LoginThrottlePolicy {
    if (freeFailures < 1 || maxDelay.compareTo(FIRST_DELAY) < 0) {
      throw new IllegalArgumentException("Invalid login throttle policy");
    }
  }

  /**
   * Failures older than this no longer count. Twice the longest wait: were it the wait itself, a
   * guesser who waits it out would find a fresh count and its free failures again.
   */
  public Duration window() {
    return maxDelay.multipliedBy(2);
  }
}
