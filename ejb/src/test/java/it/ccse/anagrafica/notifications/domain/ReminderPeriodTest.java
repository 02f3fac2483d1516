package it.ccse.anagrafica.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** BA-4: each reminder once its condition has lasted N days, then once per period. */
class ReminderPeriodTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);
  private static final ReminderPeriod SEVEN_AND_THIRTY = ReminderPeriod.ofDays(7, 30);

  @Test
  void ba4NotDueBeforeTheConditionHasLastedTheConfiguredDays() {
    assertFalse(SEVEN_AND_THIRTY.isDue(NOW.minusDays(7).plusMinutes(1), Optional.empty(), NOW));
    assertTrue(SEVEN_AND_THIRTY.isDue(NOW.minusDays(7), Optional.empty(), NOW));
    assertTrue(SEVEN_AND_THIRTY.isDue(NOW.minusDays(90), Optional.empty(), NOW));
  }

  @Test
  void ba4RemindersAreNotSentTwiceWithinThePeriod() {
    var since = NOW.minusDays(60);

    assertFalse(SEVEN_AND_THIRTY.isDue(since, Optional.of(NOW), NOW), "just sent");
    assertFalse(SEVEN_AND_THIRTY.isDue(since, Optional.of(NOW.minusDays(29)), NOW));
  }

  @Test
  void ba4DueAgainOnceThePeriodHasElapsedSinceTheLastOne() {
    var since = NOW.minusDays(60);

    assertTrue(SEVEN_AND_THIRTY.isDue(since, Optional.of(NOW.minusDays(30)), NOW));
    assertTrue(SEVEN_AND_THIRTY.isDue(since, Optional.of(NOW.minusDays(45)), NOW));
  }

  @Test
  void ba4ZeroDaysRemindsAtOnceButThePeriodMustBePositive() {
    assertTrue(ReminderPeriod.ofDays(0, 1).isDue(NOW, Optional.empty(), NOW));
    assertThrows(IllegalArgumentException.class, () -> ReminderPeriod.ofDays(7, 0));
    assertThrows(IllegalArgumentException.class, () -> ReminderPeriod.ofDays(-1, 7));
  }
}
