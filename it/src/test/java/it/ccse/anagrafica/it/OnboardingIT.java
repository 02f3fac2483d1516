package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.accounts.application.AccountService;
import it.ccse.anagrafica.accounts.application.AuthenticationResult.Outcome;
import it.ccse.anagrafica.accounts.application.AuthenticationService;
import it.ccse.anagrafica.accounts.application.CredentialsService;
import it.ccse.anagrafica.accounts.application.PinSignatures;
import it.ccse.anagrafica.accounts.application.Registration;
import it.ccse.anagrafica.accounts.application.RegistrationService;
import it.ccse.anagrafica.accounts.domain.TokenPurpose;
import it.ccse.anagrafica.accounts.domain.TokenState;
import it.ccse.anagrafica.notifications.application.OutboxEntry;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import it.ccse.anagrafica.shared.domain.Pec;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ON-2..ON-6 and the PIN (MD-9) against the real services, PostgreSQL and outbox. Each test
 * registers anew.
 */
@ExtendWith(ArquillianExtension.class)
class OnboardingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(OnboardingIT.class, CompanyCodes.class);
  }

  @Inject private RegistrationService registration;
  @Inject private CredentialsService credentials;
  @Inject private AuthenticationService authentication;
  @Inject private OutboxService outbox;
  @Inject private AccountService accounts;
  @Inject private PinSignatures pins;

  @Test
  void registrationSendsUsernameAndASingleUseActivationLink() {
    var form = newRegistration();

    String username = registration.register(form);

    OutboxEntry mail = lastMailTo(form.email().value());
    assertTrue(mail.body().contains(username));
    String token = token(mail);
    assertEquals(Outcome.INVALID, login(username, "Attiva#Ora2026"), "not active before the link");
    assertEquals(TokenState.USABLE, credentials.state(token, TokenPurpose.ACTIVATION));

    credentials.activate(token, "Attiva#Ora2026".toCharArray(), "482915".toCharArray());

    assertEquals(Outcome.AUTHENTICATED, login(username, "Attiva#Ora2026"));
    assertEquals(TokenState.USED, credentials.state(token, TokenPurpose.ACTIVATION));
    var reuse =
        assertThrows(
            InvalidValueException.class,
            () ->
                credentials.activate(
                    token, "Altra#Pass2026".toCharArray(), "482915".toCharArray()));
    assertEquals("token.used", reuse.messageKey());
  }

  @Test
  void anExpiredLinkIsRefusedAndANewOneCanBeRequested() throws Exception {
    var form = newRegistration();
    registration.register(form);
    String token = token(lastMailTo(form.email().value()));
    expireAllTokensOf(form.email().value());

    var expired =
        assertThrows(
            InvalidValueException.class,
            () ->
                credentials.activate(
                    token, "Attiva#Ora2026".toCharArray(), "482915".toCharArray()));
    credentials.requestActivationMail(form.email().value().toUpperCase());

    assertEquals("token.expired", expired.messageKey());
    String fresh = token(lastMailTo(form.email().value()));
    assertEquals(TokenState.USABLE, credentials.state(fresh, TokenPurpose.ACTIVATION));
  }

  @Test
  void weakPinOrPasswordLeavesTheLinkUsable() {
    var form = newRegistration();
    registration.register(form);
    String token = token(lastMailTo(form.email().value()));

    var pin =
        assertThrows(
            InvalidValueException.class,
            () ->
                credentials.activate(
                    token, "Attiva#Ora2026".toCharArray(), "123456".toCharArray()));

    assertEquals("account.pin.guessable", pin.messageKey());
    assertEquals(TokenState.USABLE, credentials.state(token, TokenPurpose.ACTIVATION));
  }

  @Test
  void duplicatesAreRefusedFieldByField() {
    var first = newRegistration();
    registration.register(first);
    var other = newRegistration();

    assertEquals(
        "codiceFiscale",
        assertThrows(
                InvalidFieldException.class,
                () -> registration.register(with(other, first.codiceFiscale(), null, null)))
            .field());
    assertEquals(
        "partitaIva",
        assertThrows(
                InvalidFieldException.class,
                () -> registration.register(with(other, null, first.partitaIva(), null)))
            .field());
    assertEquals(
        "email",
        assertThrows(
                InvalidFieldException.class,
                () -> registration.register(with(other, null, null, first.email())))
            .field());
  }

  /** Issue 14 defect 6: the seeded delegate's personal code was an HTTP 500. */
  @Test
  void defect6ASoleProprietorshipWhoseCodiceFiscaleIsAlreadyAUsernameIsRefusedOnTheField() {
    var soleProprietorship =
        with(newRegistration(), CodiceFiscale.of("BNCGNN75B12F205E"), null, null);

    assertEquals(
        "codiceFiscale",
        assertThrows(InvalidFieldException.class, () -> registration.register(soleProprietorship))
            .field());
  }

  @Test
  void credentialRequestsAnswerAlikeAndAreRateLimited() {
    var form = newRegistration();
    String username = registerAndActivate(form);
    long before = outbox.count();

    credentials.requestCredentials("nessuno-" + UUID.randomUUID() + "@example.org");
    assertEquals(before, outbox.count(), "an unknown address sends nothing, and says nothing");
    for (int i = 0; i < 5; i++) {
      credentials.requestCredentials(form.email().value());
    }

    assertEquals(before + 3, outbox.count(), "at most 3 mails per hour");
    OutboxEntry reminder = lastMailTo(form.email().value());
    assertTrue(reminder.body().contains(username));
    credentials.resetPassword(token(reminder), "Nuova#Pass2026".toCharArray());
    assertEquals(Outcome.AUTHENTICATED, login(username, "Nuova#Pass2026"));
  }

  @Test
  void theSigningPinChangesOnlyWithThePasswordAndFollowsItsRule() {
    String username = registerAndActivate(newRegistration());

    var wrongPassword =
        assertThrows(
            InvalidValueException.class,
            () -> changePin(username, "Sbagliata#1", "482915", "739164"));
    var weakPin =
        assertThrows(
            InvalidValueException.class,
            () -> changePin(username, "Attiva#Ora2026", "482915", "000000"));
    changePin(username, "Attiva#Ora2026", "482915", "739164");

    assertEquals("account.password.currentWrong", wrongPassword.messageKey());
    assertEquals("account.pin.guessable", weakPin.messageKey());
  }

  /** Issue 15 finding 2: the older of two activation links re-activated an active account. */
  @Test
  void finding2AnOlderActivationLinkDiesWhenANewerOneIsIssued() {
    var form = newRegistration();
    String username = registration.register(form);
    String older = token(lastMailTo(form.email().value()));
    credentials.requestActivationMail(form.email().value());
    String newer = token(lastMailTo(form.email().value()));

    assertEquals(TokenState.REVOKED, credentials.state(older, TokenPurpose.ACTIVATION));
    var refused =
        assertThrows(
            InvalidValueException.class,
            () ->
                credentials.activate(
                    older, "Altra#Pass2026".toCharArray(), "739164".toCharArray()));
    credentials.activate(newer, "Attiva#Ora2026".toCharArray(), "482915".toCharArray());

    assertEquals("token.revoked", refused.messageKey());
    assertEquals(Outcome.AUTHENTICATED, login(username, "Attiva#Ora2026"));
  }

  /**
   * Issue 15 finding 2: a link issued before links were revoked (here: un-revoked by hand) cannot
   * set password and PIN of an account that is active.
   */
  @Test
  void finding2AnActivationLinkOfAnActiveAccountIsRefused() throws Exception {
    var form = newRegistration();
    String username = registration.register(form);
    String older = token(lastMailTo(form.email().value()));
    credentials.requestActivationMail(form.email().value());
    credentials.activate(
        token(lastMailTo(form.email().value())),
        "Attiva#Ora2026".toCharArray(),
        "482915".toCharArray());
    unrevokeAllTokensOf(form.email().value());

    assertEquals(TokenState.ACCOUNT_ACTIVE, credentials.state(older, TokenPurpose.ACTIVATION));
    var refused =
        assertThrows(
            InvalidValueException.class,
            () ->
                credentials.activate(
                    older, "Altra#Pass2026".toCharArray(), "739164".toCharArray()));

    assertEquals("token.accountActive", refused.messageKey());
    assertEquals(Outcome.AUTHENTICATED, login(username, "Attiva#Ora2026"));
    assertEquals(Outcome.INVALID, login(username, "Altra#Pass2026"));
  }

  /** Issue 15 finding 2: an older reset link worked after a newer one and a password change. */
  @Test
  void finding2AnOlderResetLinkDiesWhenANewerOneIsIssuedOrThePasswordChanges() {
    var form = newRegistration();
    String username = registerAndActivate(form);
    String email = form.email().value();
    credentials.requestCredentials(email);
    String older = token(lastMailTo(email));
    credentials.requestCredentials(email);
    String newer = token(lastMailTo(email));

    assertEquals(TokenState.REVOKED, credentials.state(older, TokenPurpose.PASSWORD_RESET));
    credentials.resetPassword(newer, "Nuova#Pass2026".toCharArray());
    assertEquals(TokenState.REVOKED, credentials.state(older, TokenPurpose.PASSWORD_RESET));
    credentials.requestCredentials(email);
    String beforeChange = token(lastMailTo(email));
    accounts.changePassword(
        username, "Nuova#Pass2026".toCharArray(), "Cambiata#Pass2026".toCharArray());

    assertEquals(TokenState.REVOKED, credentials.state(beforeChange, TokenPurpose.PASSWORD_RESET));
    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> credentials.resetPassword(beforeChange, "Ladro#Pass2026".toCharArray()));
    assertEquals("token.revoked", refused.messageKey());
    assertEquals(Outcome.AUTHENTICATED, login(username, "Cambiata#Pass2026"));
  }

  /** Issue 15 finding 2: sessions signed in before a password reset or change go on no more. */
  @Test
  void finding2APasswordResetOrChangeEndsTheSessionsSignedInBefore() {
    var form = newRegistration();
    String username = registerAndActivate(form);
    var before = authentication.authenticate(username, "Attiva#Ora2026".toCharArray());
    assertTrue(authentication.isSessionCurrent(username, before.credentialsChangedAt()));

    credentials.requestCredentials(form.email().value());
    credentials.resetPassword(
        token(lastMailTo(form.email().value())), "Nuova#Pass2026".toCharArray());
    var afterReset = authentication.authenticate(username, "Nuova#Pass2026".toCharArray());
    var ownStamp =
        accounts.changePassword(
            username, "Nuova#Pass2026".toCharArray(), "Cambiata#Pass2026".toCharArray());

    assertFalse(authentication.isSessionCurrent(username, before.credentialsChangedAt()));
    assertFalse(authentication.isSessionCurrent(username, afterReset.credentialsChangedAt()));
    assertTrue(authentication.isSessionCurrent(username, ownStamp), "the changing session");
  }

  /** Issue 15 finding 3: Cambia PIN needed only the password. */
  @Test
  void finding3ChangingThePinNeedsTheCurrentPin() {
    String username = registerAndActivate(newRegistration());

    var wrongPin =
        assertThrows(
            InvalidFieldException.class,
            () -> changePin(username, "Attiva#Ora2026", "739164", "582046"));
    changePin(username, "Attiva#Ora2026", "482915", "582046");

    assertEquals("pin", wrongPin.field());
    assertEquals("pin.wrong", wrongPin.messageKey());
    assertTrue(pins.check(username, "582046".toCharArray()).accepted());
  }

  /**
   * Issue 15 finding 3: wrong current passwords on Cambia PIN and Cambia Password never counted.
   */
  @Test
  void finding3WrongCurrentPasswordsOnTheChangePagesCountTowardTheLoginLockOut() {
    String username = registerAndActivate(newRegistration());

    for (int i = 0; i < 2; i++) {
      assertThrows(
          InvalidValueException.class,
          () -> changePin(username, "Sbagliata#2026", "482915", "582046"));
      assertThrows(
          InvalidValueException.class,
          () ->
              accounts.changePassword(
                  username, "Sbagliata#2026".toCharArray(), "Nuova#Pass2026".toCharArray()));
    }
    var fifth =
        assertThrows(
            InvalidFieldException.class,
            () ->
                accounts.changePassword(
                    username, "Sbagliata#2026".toCharArray(), "Nuova#Pass2026".toCharArray()));

    assertEquals("current", fifth.field());
    assertEquals("account.locked", fifth.messageKey());
    assertEquals(Outcome.LOCKED, login(username, "Attiva#Ora2026"), "5 failures, as for logins");
  }

  /** Issue 15 finding 3: no e-mail on a password or PIN change. */
  @Test
  void finding3APasswordOrPinChangeEMailsTheHolderWithoutASecret() {
    var form = newRegistration();
    String username = registerAndActivate(form);

    accounts.changePassword(
        username, "Attiva#Ora2026".toCharArray(), "Cambiata#Pass2026".toCharArray());
    OutboxEntry passwordMail = lastMailTo(form.email().value());
    changePin(username, "Cambiata#Pass2026", "482915", "582046");
    OutboxEntry pinMail = lastMailTo(form.email().value());

    assertTrue(passwordMail.subject().contains("password cambiata"), passwordMail.subject());
    assertFalse(passwordMail.body().contains("Cambiata#Pass2026"));
    assertTrue(pinMail.subject().contains("PIN di firma cambiato"), pinMail.subject());
    assertFalse(pinMail.body().contains("582046"));
    assertTrue(passwordMail.links().stream().noneMatch(l -> l.contains("token=")), "no live link");
  }

  private void changePin(String username, String password, String currentPin, String newPin) {
    accounts.changePin(
        username, password.toCharArray(), currentPin.toCharArray(), newPin.toCharArray());
  }

  /** Registers and activates with password "Attiva#Ora2026" and PIN 482915; the username. */
  private String registerAndActivate(Registration form) {
    String username = registration.register(form);
    credentials.activate(
        token(lastMailTo(form.email().value())),
        "Attiva#Ora2026".toCharArray(),
        "482915".toCharArray());
    return username;
  }

  private Outcome login(String username, String password) {
    return authentication.authenticate(username, password.toCharArray()).outcome();
  }

  private OutboxEntry lastMailTo(String email) {
    List<OutboxEntry> recent = outbox.page(0, 50);
    return recent.stream().filter(m -> m.recipient().equals(email)).findFirst().orElseThrow();
  }

  private static String token(OutboxEntry mail) {
    String link = mail.links().get(0);
    return link.substring(link.indexOf("token=") + "token=".length());
  }

  private static void expireAllTokensOf(String email) throws Exception {
    updateTokensOf(email, "expires_at = created_at");
  }

  /** As if the links had been issued before a newer link revoked the older ones. */
  private static void unrevokeAllTokensOf(String email) throws Exception {
    updateTokensOf(email, "revoked_at = null");
  }

  private static void updateTokensOf(String email, String assignment) throws Exception {
    var dataSource = (DataSource) new InitialContext().lookup("java:app/jdbc/anagrafica");
    try (var connection = dataSource.getConnection();
        var update =
            connection.prepareStatement(
                "update account_token set "
                    + assignment
                    + " where account_id = (select id from account where email = ?)")) {
      update.setString(1, email);
      update.executeUpdate();
    }
  }

  private static Registration newRegistration() {
    String code = CompanyCodes.unique();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return new Registration(
        "Prova " + tag + " S.r.l.",
        CodiceFiscale.of(code),
        PartitaIva.of(code),
        "SRL",
        "Mario",
        "Rossi",
        CodiceFiscale.of("RSSMRA85T10A562S"),
        Email.of("legale-" + tag + "@example.org"),
        Pec.of("prova-" + tag + "@pec.example.org"),
        "011 1234567",
        true);
  }

  private static Registration with(
      Registration r, CodiceFiscale codiceFiscale, PartitaIva partitaIva, Email email) {
    return new Registration(
        r.ragioneSociale(),
        codiceFiscale != null ? codiceFiscale : r.codiceFiscale(),
        partitaIva != null ? partitaIva : r.partitaIva(),
        r.legalForm(),
        r.legalRepName(),
        r.legalRepSurname(),
        r.legalRepCodiceFiscale(),
        email != null ? email : r.email(),
        r.pec(),
        r.phone(),
        true);
  }
}
