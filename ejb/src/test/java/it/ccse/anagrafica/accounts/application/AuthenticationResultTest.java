package it.ccse.anagrafica.accounts.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 15 finding 3: the current password of a credential change, refused like a login (ON-4). */
class AuthenticationResultTest {

  @Test
  void finding3AWrongCurrentPasswordIsRefusedOnItsField() {
    var refused =
        assertThrows(
            InvalidFieldException.class,
            () -> AuthenticationResult.invalid("mario").requireAuthenticated());

    assertEquals("current", refused.field());
    assertEquals("account.password.currentWrong", refused.messageKey());
  }

  @Test
  void finding4AThrottledAttemptSaysHowLongToWait() {
    var refused =
        assertThrows(
            InvalidFieldException.class,
            () ->
                AuthenticationResult.throttled("mario", Duration.ofSeconds(30))
                    .requireAuthenticated());

    assertEquals("current", refused.field());
    assertEquals("account.throttled.seconds", refused.messageKey());
    assertEquals(30L, refused.arguments()[0]);
  }

  @Test
  void finding4TheWaitIsRoundedUpToSecondsUnderAMinuteElseToMinutes() {
    assertWait("account.throttled.second", 1, Duration.ofMillis(200));
    assertWait("account.throttled.seconds", 59, Duration.ofMillis(58_001));
    assertWait("account.throttled.minute", 1, Duration.ofSeconds(60));
    assertWait("account.throttled.minutes", 2, Duration.ofSeconds(61));
    assertWait("account.throttled.minutes", 15, Duration.ofMinutes(15));
  }

  @Test
  void theRightPasswordPasses() {
    assertDoesNotThrow(
        () ->
            AuthenticationResult.authenticated("mario", Set.of(Role.OPERATOR), LocalDateTime.MIN)
                .requireAuthenticated());
  }

  private static void assertWait(String key, long amount, Duration wait) {
    var result = AuthenticationResult.throttled("mario", wait);
    assertEquals(key, result.retryMessageKey(), wait.toString());
    assertEquals(amount, result.retryAmount(), wait.toString());
  }
}
