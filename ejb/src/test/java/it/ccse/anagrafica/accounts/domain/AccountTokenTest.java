package it.ccse.anagrafica.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ON-3/ON-5: single-use, expiring links whose secret is never stored. */
class AccountTokenTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 22, 10, 0);
  private static final Account STAFF =
      new Account("staff", "staff@example.org", "Staff", Set.of(Role.BACKOFFICE), null, T0);

  @Test
  void theSecretIsHandedOutOnceAndOnlyItsHashIsKept() {
    var issued = AccountToken.issue(STAFF, TokenPurpose.ACTIVATION, T0, Duration.ofHours(72));

    assertEquals(43, issued.secret().length(), "256 random bits, base64url");
    assertNotEquals(issued.secret(), AccountToken.hash(issued.secret()));
    assertEquals(64, AccountToken.hash(issued.secret()).length());
  }

  @Test
  void usableOnceBeforeExpiry() {
    var token =
        AccountToken.issue(STAFF, TokenPurpose.ACTIVATION, T0, Duration.ofHours(72)).token();

    assertEquals(TokenState.USABLE, token.state(T0.plusHours(71)));
    assertSame(STAFF, token.use(T0.plusHours(1)));
    assertEquals(TokenState.USED, token.state(T0.plusHours(2)));
    var again = assertThrows(InvalidValueException.class, () -> token.use(T0.plusHours(2)));
    assertEquals("token.used", again.messageKey());
  }

  @Test
  void expiredLinksSaySo() {
    var token =
        AccountToken.issue(active(), TokenPurpose.PASSWORD_RESET, T0, Duration.ofMinutes(60))
            .token();

    assertEquals(TokenState.EXPIRED, token.state(T0.plusMinutes(60)));
    var late = assertThrows(InvalidValueException.class, () -> token.use(T0.plusMinutes(61)));
    assertEquals("token.expired", late.messageKey());
  }

  @Test
  void finding2ARevokedLinkIsRefusedAndAUsedOneStaysUsed() {
    var older =
        AccountToken.issue(STAFF, TokenPurpose.ACTIVATION, T0, Duration.ofHours(72)).token();
    var used = AccountToken.issue(STAFF, TokenPurpose.ACTIVATION, T0, Duration.ofHours(72)).token();
    used.use(T0.plusMinutes(1));

    older.revoke(T0.plusMinutes(2));
    used.revoke(T0.plusMinutes(2));

    assertEquals(TokenState.REVOKED, older.state(T0.plusMinutes(3)));
    assertEquals(TokenState.USED, used.state(T0.plusMinutes(3)));
    var refused = assertThrows(InvalidValueException.class, () -> older.use(T0.plusMinutes(3)));
    assertEquals("token.revoked", refused.messageKey());
  }

  @Test
  void finding2AnActivationLinkOfAnAccountActiveSinceIsRefused() {
    var account =
        new Account("active", "active@example.org", "Active", Set.of(Role.BACKOFFICE), null, T0);
    var link =
        AccountToken.issue(account, TokenPurpose.ACTIVATION, T0, Duration.ofHours(72)).token();
    account.activate("Attiva#Ora2026".toCharArray());

    assertEquals(TokenState.ACCOUNT_ACTIVE, link.state(T0.plusHours(1)));
    var refused = assertThrows(InvalidValueException.class, () -> link.use(T0.plusHours(1)));
    assertEquals("token.accountActive", refused.messageKey());
  }

  @Test
  void aResetLinkServesOnlyAnActiveAccount() {
    var link =
        AccountToken.issue(STAFF, TokenPurpose.PASSWORD_RESET, T0, Duration.ofMinutes(60)).token();

    assertEquals(TokenState.ACCOUNT_NOT_ACTIVE, link.state(T0));
  }

  private static Account active() {
    var account =
        new Account("active", "active@example.org", "Active", Set.of(Role.BACKOFFICE), null, T0);
    account.activate("Attiva#Ora2026".toCharArray());
    return account;
  }
}
