package it.ccse.anagrafica.notifications.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * BA-4: a reminder is due once its condition has lasted {@code after}, and due again only when
 * {@code period} has passed since the last one was sent, so nobody receives it twice in a period.
 */
public record ReminderPeriod(Duration after, Duration period) {

  public ReminderPeriod {
    if (after.isNegative() || period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("Reminder period " + after + " / " + period);
    }
  }

  public static ReminderPeriod ofDays(int after, int period) {
    return new ReminderPeriod(Duration.ofDays(after), Duration.ofDays(period));
  }

  /** Whether to send now a reminder whose condition holds since {@code since}. */
  public boolean isDue(LocalDateTime since, Optional<LocalDateTime> lastSent, LocalDateTime now) {
    return !since.plus(after).isAfter(now)
        && lastSent.map(sent -> !sent.plus(period).isAfter(now)).orElse(true);
  }
}
