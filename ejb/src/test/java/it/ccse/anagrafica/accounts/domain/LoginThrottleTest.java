package it.ccse.anagrafica.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** ON-4, issue 15 finding 4: each key delays its attempts after a few failures, never locks. */
class LoginThrottleTest {

  private static final LoginThrottlePolicy POLICY =
      new LoginThrottlePolicy(5, Duration.ofMinutes(15));
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 22, 10, 0);
  private static final LoginAttempt MARIO = new LoginAttempt(" Mario.Rossi ", "192.0.2.7");

  @Test
  void finding4FreeFailuresThenThirtySecondsDoubledAtEachFailureUpToTheMaximum() {
    var rule = ThrottleScope.USERNAME_AT_SOURCE;

    assertEquals(Duration.ZERO, rule.delayAfter(4, POLICY));
    assertEquals(Duration.ofSeconds(30), rule.delayAfter(5, POLICY));
    assertEquals(Duration.ofMinutes(1), rule.delayAfter(6, POLICY));
    assertEquals(Duration.ofMinutes(2), rule.delayAfter(7, POLICY));
    assertEquals(Duration.ofMinutes(8), rule.delayAfter(9, POLICY));
    assertEquals(Duration.ofMinutes(15), rule.delayAfter(10, POLICY));
    assertEquals(Duration.ofMinutes(15), rule.delayAfter(10_000, POLICY));
  }

  @Test
  void finding4ASourceToleratesTwiceTheFreeFailuresAndTheSameMaximum() {
    var rule = ThrottleScope.SOURCE;

    assertEquals(Duration.ZERO, rule.delayAfter(9, POLICY));
    assertEquals(Duration.ofSeconds(30), rule.delayAfter(10, POLICY));
    assertEquals(Duration.ofMinutes(15), rule.delayAfter(100, POLICY));
  }

  @Test
  void finding4AUsernameFromEverywhereWaitsAtMostAMinute() {
    var rule = ThrottleScope.USERNAME;

    assertEquals(Duration.ZERO, rule.delayAfter(4, POLICY));
    assertEquals(Duration.ofSeconds(30), rule.delayAfter(5, POLICY));
    assertEquals(Duration.ofMinutes(1), rule.delayAfter(6, POLICY));
    assertEquals(Duration.ofMinutes(1), rule.delayAfter(10_000, POLICY));
  }

  @Test
  void finding4TheWaitRunsFromTheLastFailure() {
    var throttle = failed(ThrottleScope.USERNAME_AT_SOURCE, 6, T0);

    assertEquals(Duration.ofMinutes(1), throttle.waitAt(T0, POLICY));
    assertEquals(Duration.ofSeconds(20), throttle.waitAt(T0.plusSeconds(40), POLICY));
    assertEquals(Duration.ZERO, throttle.waitAt(T0.plusMinutes(1), POLICY));
  }

  @Test
  void finding4FailuresAgeOutAfterTwiceTheMaximumDelay() {
    var throttle = failed(ThrottleScope.USERNAME_AT_SOURCE, 12, T0);

    assertEquals(12, throttle.failuresAt(T0.plusMinutes(30), POLICY));
    assertEquals(0, throttle.failuresAt(T0.plusMinutes(31), POLICY));
    throttle.registerFailure(T0.plusMinutes(31), POLICY);
    assertEquals(1, throttle.failuresAt(T0.plusMinutes(31), POLICY));
    assertEquals(Duration.ZERO, throttle.waitAt(T0.plusMinutes(31), POLICY));
  }

  @Test
  void finding4AnEpisodeStartsOnceAtTheLastFreeFailureAndAgainOnlyAfterAgeing() {
    var throttle = new LoginThrottle(ThrottleScope.USERNAME, MARIO);

    var starts =
        IntStream.rangeClosed(1, 8)
            .mapToObj(i -> throttle.registerFailure(T0.plusSeconds(i), POLICY))
            .toList();
    assertEquals(List.of(false, false, false, false, true, false, false, false), starts);
    for (int i = 1; i < 5; i++) {
      assertFalse(throttle.registerFailure(T0.plusHours(1).plusSeconds(i), POLICY));
    }
    assertTrue(throttle.registerFailure(T0.plusHours(1).plusSeconds(5), POLICY));
  }

  @Test
  void finding4ASuccessStartsAFreshCountAndMakesTheSourceKnownForThirtyDays() {
    var throttle = failed(ThrottleScope.USERNAME_AT_SOURCE, 7, T0);

    throttle.registerSuccess(T0.plusMinutes(5));

    assertEquals(0, throttle.failuresAt(T0.plusMinutes(5), POLICY));
    assertEquals(Duration.ZERO, throttle.waitAt(T0.plusMinutes(5), POLICY));
    assertTrue(throttle.isKnownSource(T0.plusDays(30)));
    assertFalse(throttle.isKnownSource(T0.plusDays(31)));
    assertFalse(new LoginThrottle(ThrottleScope.USERNAME_AT_SOURCE, MARIO).isKnownSource(T0));
  }

  @Test
  void finding4KeysSeparateScopesAndSourcesAndIgnoreCaseAndBlanks() {
    var same = new LoginAttempt("mario.rossi", " 192.0.2.7");
    var elsewhere = new LoginAttempt("mario.rossi", "198.51.100.1");

    assertEquals(
        key(ThrottleScope.USERNAME_AT_SOURCE, MARIO), key(ThrottleScope.USERNAME_AT_SOURCE, same));
    assertNotEquals(
        key(ThrottleScope.USERNAME_AT_SOURCE, MARIO),
        key(ThrottleScope.USERNAME_AT_SOURCE, elsewhere));
    assertEquals(key(ThrottleScope.USERNAME, MARIO), key(ThrottleScope.USERNAME, elsewhere));
    assertNotEquals(key(ThrottleScope.SOURCE, MARIO), key(ThrottleScope.SOURCE, elsewhere));
    assertNotEquals(key(ThrottleScope.USERNAME, MARIO), key(ThrottleScope.SOURCE, MARIO));
  }

  @Test
  void finding4AnyTypedNameOrForwardedAddressFitsItsColumn() {
    var huge = new LoginAttempt("x".repeat(5000), "y".repeat(5000));

    assertEquals("unknown", new LoginAttempt("mario", null).source());
    assertEquals(45, huge.source().length());
    assertEquals(5000, huge.username().length(), "the name is looked up as typed");
    assertTrue(key(ThrottleScope.USERNAME_AT_SOURCE, huge).length() <= 200);
  }

  private static LoginThrottle failed(ThrottleScope scope, int failures, LocalDateTime last) {
    var throttle = new LoginThrottle(scope, MARIO);
    for (int i = 0; i < failures; i++) {
      throttle.registerFailure(last, POLICY);
    }
    return throttle;
  }

  private static String key(ThrottleScope scope, LoginAttempt attempt) {
    return new LoginThrottle(scope, attempt).getKey();
  }
}
