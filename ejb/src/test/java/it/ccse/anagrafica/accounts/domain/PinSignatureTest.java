package it.ccse.anagrafica.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** MD-9: signing with PIN, and the lock after repeated wrong PINs. */
class PinSignatureTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 12, 0);
  private static final LockoutPolicy POLICY = new LockoutPolicy(3, Duration.ofMinutes(30));

  private final Account account = AccountFixture.activated(NOW);

  @Test
  void md9TheRightPinSigns() {
    assertTrue(account.signWithPin("482915".toCharArray(), NOW, POLICY).accepted());
  }

  @Test
  void md9WrongPinsLockSigningEvenForTheRightPinUntilTheLockEnds() {
    var first = account.signWithPin("111111".toCharArray(), NOW, POLICY);
    assertEquals(2, first.attemptsLeft());
    account.signWithPin("111111".toCharArray(), NOW, POLICY);
    var third = account.signWithPin("111111".toCharArray(), NOW, POLICY);

    assertEquals(NOW.plusMinutes(30), third.lockedUntil());
    assertFalse(
        account.signWithPin("482915".toCharArray(), NOW.plusMinutes(29), POLICY).accepted());
    assertTrue(account.signWithPin("482915".toCharArray(), NOW.plusMinutes(31), POLICY).accepted());
    var message = assertThrows(InvalidFieldException.class, () -> third.requireAccepted());
    assertEquals("pin.locked", message.messageKey());
    assertEquals("pin", message.field());
  }

  @Test
  void md9TheRightPinResetsTheCount() {
    account.signWithPin("111111".toCharArray(), NOW, POLICY);
    account.signWithPin("111111".toCharArray(), NOW, POLICY);
    account.signWithPin("482915".toCharArray(), NOW, POLICY);

    assertEquals(2, account.signWithPin("111111".toCharArray(), NOW, POLICY).attemptsLeft());
  }
}
