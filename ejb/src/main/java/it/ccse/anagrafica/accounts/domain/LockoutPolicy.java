package it.ccse.anagrafica.accounts.domain;

import java.time.Duration;

/**
 * How many consecutive wrong signing PINs are tolerated, and how long signing then stays locked.
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

  public LockoutPolicy {
    if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
      throw new IllegalArgumentException("Invalid lock-out policy");
    }
  }
}
