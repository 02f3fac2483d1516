package it.ccse.anagrafica.accounts.domain;

import java.time.Duration;

/** How many consecutive login failures are tolerated, and how long the lock-out then lasts. */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

  public LockoutPolicy {
    if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
      throw new IllegalArgumentException("Invalid lock-out policy");
    }
  }
}
