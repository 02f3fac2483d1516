package it.ccse.anagrafica.shared.domain.lease;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * BA-5: how long a job's lease lasts and how often its holder renews it. Short, so the lease of a
 * crashed server is taken over within minutes; renewed every third of its length, so a job keeps it
 * however long it runs and survives two missed renewals (a long pause, a database hiccup).
 */
public record LeaseTerms(Duration length) {

  private static final Duration SHORTEST = Duration.ofSeconds(3);

  public LeaseTerms {
    if (length.compareTo(SHORTEST) < 0) {
      throw new IllegalArgumentException("A job lease lasts at least " + SHORTEST + ": " + length);
    }
  }

  public static LeaseTerms ofSeconds(long seconds) {
    return new LeaseTerms(Duration.ofSeconds(seconds));
  }

  /** When a lease taken or renewed at {@code now} expires. */
  public LocalDateTime expiry(LocalDateTime now) {
    return now.plus(length);
  }

  public Duration heartbeat() {
    return length.dividedBy(3);
  }
}
