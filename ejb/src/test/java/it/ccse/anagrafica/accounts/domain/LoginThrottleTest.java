package it.ccse.anagrafica.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** ON-4: temporary lock-out after repeated failures. */
class LoginThrottleTest {

  private static final LockoutPolicy POLICY = new LockoutPolicy(3, Duration.ofMinutes(15));
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 22, 10, 0);

  @Test
  void locksAtTheConfiguredFailureAndOnlyThen() {
    var throttle = new LoginThrottle("Mario.Rossi ");

    assertFalse(throttle.registerFailure(T0, POLICY));
    assertFalse(throttle.registerFailure(T0.plusSeconds(1), POLICY));
    assertTrue(throttle.registerFailure(T0.plusSeconds(2), POLICY));

    assertTrue(throttle.isLocked(T0.plusMinutes(14)));
    assertEquals("mario.rossi", throttle.getUsername());
  }

  @Test
  void failuresDuringALockDoNotExtendItOrStartAnother() {
    var throttle = new LoginThrottle("u");
    for (int i = 0; i < 3; i++) {
      throttle.registerFailure(T0, POLICY);
    }

    assertFalse(throttle.registerFailure(T0.plusMinutes(5), POLICY));
    assertEquals(T0.plusMinutes(15), throttle.lockedUntil(T0.plusMinutes(5)).orElseThrow());
  }

  @Test
  void anExpiredLockStartsAFreshCount() {
    var throttle = new LoginThrottle("u");
    for (int i = 0; i < 3; i++) {
      throttle.registerFailure(T0, POLICY);
    }
    LocalDateTime later = T0.plusMinutes(16);

    assertFalse(throttle.isLocked(later));
    assertFalse(throttle.registerFailure(later, POLICY));
    assertEquals(1, throttle.getFailures());
  }

  @Test
  void oldFailuresNoLongerCount() {
    var throttle = new LoginThrottle("u");
    throttle.registerFailure(T0, POLICY);
    throttle.registerFailure(T0.plusMinutes(1), POLICY);

    assertFalse(throttle.registerFailure(T0.plusMinutes(30), POLICY));
    assertEquals(1, throttle.getFailures());
  }

  @Test
  void successClearsTheCount() {
    var throttle = new LoginThrottle("u");
    throttle.registerFailure(T0, POLICY);
    throttle.registerFailure(T0, POLICY);

    throttle.clear();

    assertFalse(throttle.registerFailure(T0, POLICY));
    assertEquals(1, throttle.getFailures());
  }
}
