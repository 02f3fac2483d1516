package it.ccse.anagrafica.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 finding 4 (ON-4): "lock-out as a weapon". Nobody can keep a holder out by failing on
 * their public username, and one address cannot spray names unchecked.
 */
class LoginThrottlesTest {

  private static final LoginThrottlePolicy POLICY =
      new LoginThrottlePolicy(5, Duration.ofMinutes(15));
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 22, 10, 0);
  private static final String ATTACKER = "203.0.113.66";
  private static final String HOLDER = "192.0.2.7";

  /** The table: every key's row, as the repository would find or create it. */
  private final Map<String, LoginThrottle> rows = new HashMap<>();

  @Test
  void finding4FiveFailuresFromOneBrowserDelayTheNextAttemptThere() {
    for (int i = 0; i < 4; i++) {
      fail("12345670017", ATTACKER, T0);
      assertEquals(Duration.ZERO, waitAt("12345670017", ATTACKER, T0));
    }
    fail("12345670017", ATTACKER, T0);

    assertEquals(Duration.ofSeconds(30), waitAt("12345670017", ATTACKER, T0));
    assertEquals(Duration.ZERO, waitAt("12345670017", ATTACKER, T0.plusSeconds(30)));
  }

  @Test
  void finding4AnotherSourceWaitsAtMostTheUsernamesMinuteWhateverFailedElsewhere() {
    for (int i = 0; i < 40; i++) {
      fail("12345670017", ATTACKER, T0);
    }

    assertEquals(Duration.ofMinutes(15), waitAt("12345670017", ATTACKER, T0));
    assertEquals(Duration.ofMinutes(1), waitAt("12345670017", HOLDER, T0));
    assertEquals(Duration.ZERO, waitAt("12345670017", HOLDER, T0.plusMinutes(1)));
    assertEquals(Duration.ZERO, waitAt("98765430012", HOLDER, T0), "other names are not held");
  }

  @Test
  void finding4ASourceWhereTheHolderSignedInLatelyIsNotHeldByOthersFailures() {
    throttles("12345670017", HOLDER).registerSuccess(T0.minusDays(3));
    for (int i = 0; i < 40; i++) {
      fail("12345670017", ATTACKER, T0);
    }

    assertEquals(Duration.ZERO, waitAt("12345670017", HOLDER, T0));
  }

  @Test
  void finding4AKnownSourceStillWaitsForItsOwnFailures() {
    throttles("12345670017", HOLDER).registerSuccess(T0.minusDays(3));
    for (int i = 0; i < 5; i++) {
      fail("12345670017", HOLDER, T0);
    }

    assertEquals(Duration.ofSeconds(30), waitAt("12345670017", HOLDER, T0));
  }

  @Test
  void finding4ThirtyNamesSprayedFromOneAddressAreNotAllAnswered() {
    for (int i = 0; i < 10; i++) {
      fail("sprayed-" + i, ATTACKER, T0);
    }

    assertEquals(Duration.ofSeconds(30), waitAt("sprayed-10", ATTACKER, T0));
    assertEquals(Duration.ZERO, waitAt("sprayed-10", HOLDER, T0), "other addresses go on");
    for (int i = 10; i < 30; i++) {
      fail("sprayed-" + i, ATTACKER, T0);
    }
    assertEquals(Duration.ofMinutes(15), waitAt("sprayed-30", ATTACKER, T0));
  }

  @Test
  void finding4ASuccessClearsOnlyTheUsernameAtItsSource() {
    for (int i = 0; i < 9; i++) {
      fail("12345670017", HOLDER, T0);
    }
    fail("98765430012", HOLDER, T0);

    throttles("12345670017", HOLDER).registerSuccess(T0);

    assertEquals(0, failures(ThrottleScope.USERNAME_AT_SOURCE));
    assertEquals(10, failures(ThrottleScope.SOURCE));
    assertEquals(9, failures(ThrottleScope.USERNAME));
    assertEquals(Duration.ZERO, waitAt("12345670017", HOLDER, T0));
    assertEquals(Duration.ofSeconds(30), waitAt("another", HOLDER, T0), "the source still counts");
  }

  private int failures(ThrottleScope scope) {
    return row(scope, "12345670017", HOLDER).failuresAt(T0, POLICY);
  }

  @Test
  void finding4TheHolderIsWarnedOncePerEpisodeWhereverTheFailuresCameFrom() {
    int warnings = 0;
    for (int i = 0; i < 30; i++) {
      warnings += fail("12345670017", "198.51.100." + i, T0) ? 1 : 0;
    }
    assertEquals(1, warnings);
    assertFalse(fail("12345670017", ATTACKER, T0.plusMinutes(20)));
    for (int i = 0; i < 4; i++) {
      fail("12345670017", ATTACKER, T0.plusHours(2));
    }
    assertTrue(fail("12345670017", HOLDER, T0.plusHours(2)), "a new episode after ageing");
  }

  private boolean fail(String username, String source, LocalDateTime now) {
    return throttles(username, source).registerFailure(now, POLICY);
  }

  private Duration waitAt(String username, String source, LocalDateTime now) {
    return throttles(username, source).waitAt(now, POLICY);
  }

  private LoginThrottles throttles(String username, String source) {
    return new LoginThrottles(
        row(ThrottleScope.USERNAME_AT_SOURCE, username, source),
        row(ThrottleScope.SOURCE, username, source),
        row(ThrottleScope.USERNAME, username, source));
  }

  private LoginThrottle row(ThrottleScope scope, String username, String source) {
    var fresh = new LoginThrottle(scope, new LoginAttempt(username, source));
    return rows.computeIfAbsent(fresh.getKey(), k -> fresh);
  }
}
