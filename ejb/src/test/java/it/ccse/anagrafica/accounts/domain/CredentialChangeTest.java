package it.ccse.anagrafica.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Issue 15: a new password dates the credentials; a new PIN needs the current one (ON-6, MD-9). */
class CredentialChangeTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 12, 0);
  private static final LockoutPolicy POLICY = new LockoutPolicy(3, Duration.ofMinutes(30));

  private final Account account = AccountFixture.activated(NOW);

  @Test
  void finding2ANewPasswordStampsTheCredentialsToTheMillisecond() {
    assertEquals(NOW, account.getCredentialsChangedAt(), "from creation");

    account.changePassword("Nuova#Pass2026".toCharArray(), NOW.plusNanos(1_234_567_891));

    assertEquals(NOW.plusNanos(1_234_000_000), account.getCredentialsChangedAt());
    assertTrue(account.acceptsPassword("Nuova#Pass2026".toCharArray()));
    assertFalse(account.acceptsPassword("Attiva#Ora2026".toCharArray()));
  }

  @Test
  void finding2ANewPasswordFollowsThePolicyAndChangesNothingWhenRefused() {
    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> account.changePassword("corta1".toCharArray(), NOW.plusHours(1)));

    assertEquals("account.password.tooShort", refused.messageKey());
    assertEquals(NOW, account.getCredentialsChangedAt());
  }

  @Test
  void finding3TheCurrentPinIsNeededForANewOne() {
    var wrong = account.signWithPin("111111".toCharArray(), NOW, POLICY);

    var refused =
        assertThrows(
            InvalidFieldException.class, () -> account.changePin(wrong, "739164".toCharArray()));

    assertEquals("pin", refused.field());
    assertEquals("pin.wrong", refused.messageKey());
    assertTrue(account.signWithPin("482915".toCharArray(), NOW, POLICY).accepted());
  }

  @Test
  void finding3WrongCurrentPinsLockTheChangeLikeTheSignature() {
    for (int i = 0; i < POLICY.maxFailures(); i++) {
      account.signWithPin("111111".toCharArray(), NOW, POLICY);
    }
    var rightButLocked = account.signWithPin("482915".toCharArray(), NOW.plusMinutes(1), POLICY);

    var refused =
        assertThrows(
            InvalidFieldException.class,
            () -> account.changePin(rightButLocked, "739164".toCharArray()));

    assertEquals("pin.locked", refused.messageKey());
  }

  @Test
  void finding3TheRightCurrentPinLetsANewOneFollowingItsRule() {
    var right = account.signWithPin("482915".toCharArray(), NOW, POLICY);
    var weak =
        assertThrows(
            InvalidValueException.class, () -> account.changePin(right, "000000".toCharArray()));

    account.changePin(right, "739164".toCharArray());

    assertEquals("account.pin.guessable", weak.messageKey());
    assertTrue(account.signWithPin("739164".toCharArray(), NOW, POLICY).accepted());
    assertFalse(account.signWithPin("482915".toCharArray(), NOW, POLICY).accepted());
  }
}
