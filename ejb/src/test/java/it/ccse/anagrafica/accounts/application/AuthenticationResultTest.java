package it.ccse.anagrafica.accounts.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
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
  void finding3ALockedAccountSaysUntilWhen() {
    var refused =
        assertThrows(
            InvalidFieldException.class,
            () ->
                AuthenticationResult.locked("mario", LocalDateTime.of(2026, 11, 22, 12, 15))
                    .requireAuthenticated());

    assertEquals("account.locked", refused.messageKey());
    assertEquals("12:15", refused.arguments()[0]);
  }

  @Test
  void theRightPasswordPasses() {
    assertDoesNotThrow(
        () ->
            AuthenticationResult.authenticated("mario", Set.of(Role.OPERATOR), LocalDateTime.MIN)
                .requireAuthenticated());
  }
}
