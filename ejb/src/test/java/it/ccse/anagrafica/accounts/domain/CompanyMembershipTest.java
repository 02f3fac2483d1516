package it.ccse.anagrafica.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 finding 4 (VW-1, MD-13): one account per person across companies; a company other than
 * the first is joined only when the person accepts its invitation, with their own login, once.
 */
class CompanyMembershipTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 22, 10, 0);
  private static final Duration VALIDITY = Duration.ofHours(72);

  private final long first = 1L;
  private final long second = 2L;
  private final Account person = delegate("RSSMRA85T10A562S");

  @Test
  void finding4ADelegateHasNoCompanyOfItsOwnAnOperatorExactlyOne() {
    assertEquals(Optional.empty(), person.getCompanyId());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Account("RSSMRA85T10A562S", "p@example.org", "P", Set.of(Role.DELEGATE), first, T0),
        "a delegate's companies are memberships");
    assertThrows(
        IllegalArgumentException.class,
        () -> new Account("12345670017", "o@example.org", "O", Set.of(Role.OPERATOR), null, T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> CompanyMembership.invited(AccountFixture.activated(T0), second, T0),
        "an operator joins no other company");
  }

  @Test
  void finding4ANewPersonIsAcceptedByActivatingAnExistingOneOnlyInvited() {
    var activated = CompanyMembership.accepted(person, first, T0);
    var invited = CompanyMembership.invited(person, second, T0.plusDays(1));

    assertTrue(activated.isAccepted());
    assertEquals(Optional.of(T0), activated.getAcceptedAt());
    assertFalse(invited.isAccepted());
    assertEquals(CompanyMembership.State.INVITED, invited.getState());
    assertEquals(Optional.empty(), invited.getAcceptedAt());
  }

  @Test
  void finding4TheInvitedPersonAcceptsOnceThroughTheLink() {
    var invited = CompanyMembership.invited(person, second, T0);
    var link = AccountToken.invitation(invited, T0, VALIDITY).token();

    assertSame(invited, link.accept(delegate("rssmra85t10a562s"), T0.plusHours(1)));

    assertTrue(invited.isAccepted());
    assertEquals(Optional.of(T0.plusHours(1)), invited.getAcceptedAt());
    assertEquals(TokenState.USED, link.state(T0.plusHours(2)));
    assertEquals(
        "token.used",
        assertThrows(InvalidValueException.class, () -> link.accept(person, T0.plusHours(2)))
            .messageKey());
  }

  @Test
  void finding4AnotherPersonCannotAcceptAndDoesNotSpendTheLink() {
    var invited = CompanyMembership.invited(person, second, T0);
    var link = AccountToken.invitation(invited, T0, VALIDITY).token();

    var refused =
        assertThrows(
            OutOfScopeException.class,
            () -> link.accept(delegate("VRDGPP80A01L219X"), T0.plusHours(1)));

    assertEquals("invitation.otherPerson", refused.messageKey());
    assertFalse(invited.isAccepted());
    assertEquals(TokenState.USABLE, link.state(T0.plusHours(1)));
  }

  @Test
  void finding4AnExpiredOrRevokedInvitationAcceptsNothing() {
    var invited = CompanyMembership.invited(person, second, T0);
    var expired = AccountToken.invitation(invited, T0, VALIDITY).token();
    var revoked = AccountToken.invitation(invited, T0, VALIDITY).token();
    revoked.revoke(T0.plusMinutes(1));

    assertEquals(
        "token.expired",
        assertThrows(InvalidValueException.class, () -> expired.accept(person, T0.plus(VALIDITY)))
            .messageKey());
    assertEquals(
        "token.revoked",
        assertThrows(InvalidValueException.class, () -> revoked.accept(person, T0.plusHours(1)))
            .messageKey());
    assertFalse(invited.isAccepted());
  }

  @Test
  void finding4AMembershipIsAcceptedOnlyOnce() {
    var accepted = CompanyMembership.accepted(person, first, T0);
    var link = AccountToken.invitation(accepted, T0, VALIDITY).token();

    assertEquals(
        "invitation.alreadyAccepted",
        assertThrows(InvalidValueException.class, () -> link.accept(person, T0.plusHours(1)))
            .messageKey());
    assertEquals(TokenState.USABLE, link.state(T0.plusHours(1)), "nothing spent");
  }

  @Test
  void finding4AnInvitationLinkIsUsableWhateverTheAccountStateOtherLinksAreNot() {
    var invited = CompanyMembership.invited(person, second, T0);
    var link = AccountToken.invitation(invited, T0, VALIDITY).token();
    var activation = AccountToken.issue(person, TokenPurpose.ACTIVATION, T0, VALIDITY).token();

    assertEquals(TokenState.USABLE, link.state(T0), "not active yet: accepted after activating");
    assertEquals(
        "token.unknown",
        assertThrows(NotFoundException.class, () -> activation.accept(person, T0)).messageKey(),
        "an activation link accepts no membership");
    assertThrows(
        IllegalArgumentException.class,
        () -> AccountToken.issue(person, TokenPurpose.COMPANY_INVITATION, T0, VALIDITY),
        "an invitation link names its membership");
  }

  private static Account delegate(String codiceFiscale) {
    return new Account(
        codiceFiscale,
        codiceFiscale + "@example.org",
        "Mario Rossi",
        Set.of(Role.DELEGATE),
        null,
        T0);
  }
}
