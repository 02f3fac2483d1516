package it.ccse.anagrafica.notifications.domain;

import java.time.Duration;

/** Attempts allowed and the first retry delay, doubled after each failure (exponential backoff). */
public record RetryPolicy(int maxAttempts, Duration firstDelay) {

  public Duration delayAfter(int attempts) {
    return firstDelay.multipliedBy(1L << Math.min(attempts - 1, 16));
  }
}
