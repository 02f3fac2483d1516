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
import it.ccse.anagrafica.accounts.domain.TokenPurpose;
import it.ccse.anagrafica.accounts.domain.TokenState;
import it.ccse.anagrafica.company.application.Registration;
import it.ccse.anagrafica.company.application.RegistrationService;
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

  /** This test's own client address (RFC 3849), so that no other test's failures delay it. */
  private final String source =
      "2001:db8::"
          + UUID.randomUUID().toString().substring(0, 4)
          + ":"
          + UUID.randomUUID().toString().substring(0, 4);

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

  /**
   * Issue 15 finding 4: registration said "codice fiscale già registrata". A known codice fiscale
   * gets the answer of a registration carried out, nothing is created, and the typed address and
   * the company that holds the code are told by e-mail.
   */
  @Test
  void finding4RegistrationAnswersAlikeForAKnownCodiceFiscaleAndMailsTheOwner() throws Exception {
    var first = newRegistration();
    registration.register(first);
    var again = with(newRegistration(), first.codiceFiscale(), null, null);
    long mailsBefore = outbox.count();

    String shown = registration.register(again);

    assertEquals(first.codiceFiscale().value(), shown, "the username a new company would get");
    assertEquals(1, count("company where codice_fiscale = ?", first.codiceFiscale().value()));
    assertEquals(0, count("account where email = ?", again.email().value()));
    assertEquals(mailsBefore + 2, outbox.count(), "the typed address and the company");
    assertNotDone(lastMailTo(again.email().value()), again);
    assertKnownCode(lastMailTo(first.email().value()), again);
  }

  /** Issue 15 finding 4: registration said "partita IVA già registrata". */
  @Test
  void finding4RegistrationAnswersAlikeForAKnownPartitaIvaAndMailsTheOwner() throws Exception {
    var first = newRegistration();
    registration.register(first);
    var again = with(newRegistration(), null, first.partitaIva(), null);

    String shown = registration.register(again);

    assertEquals(again.codiceFiscale().value(), shown);
    assertEquals(0, count("company where codice_fiscale = ?", again.codiceFiscale().value()));
    assertEquals(1, count("company where partita_iva = ?", first.partitaIva().value()));
    assertNotDone(lastMailTo(again.email().value()), again);
    assertKnownCode(lastMailTo(first.email().value()), again);
  }

  /** Issue 15 finding 4: registration said "e-mail già usato"; the address's holder is told. */
  @Test
  void finding4RegistrationAnswersAlikeForAKnownEMailAndMailsThatAddress() throws Exception {
    var first = newRegistration();
    registration.register(first);
    var again = with(newRegistration(), null, null, first.email());
    long mailsBefore = outbox.count();

    String shown = registration.register(again);

    assertEquals(again.codiceFiscale().value(), shown);
    assertEquals(0, count("company where codice_fiscale = ?", again.codiceFiscale().value()));
    assertEquals(1, count("account where email = ?", first.email().value()));
    assertEquals(mailsBefore + 1, outbox.count(), "one notice, to the address typed");
    assertNotDone(lastMailTo(first.email().value()), again);
  }

  /**
   * Issue 14 defect 6 (an HTTP 500) and issue 15 finding 4: a sole proprietorship whose codice
   * fiscale is already a delegate's username is answered alike, and the delegate is told.
   */
  @Test
  void finding4ASoleProprietorshipWhoseCodiceFiscaleIsAUsernameIsAnsweredAlikeAndTheHolderTold()
      throws Exception {
    var soleProprietorship =
        with(newRegistration(), CodiceFiscale.of("BNCGNN75B12F205E"), null, null);

    String shown = registration.register(soleProprietorship);

    assertEquals("BNCGNN75B12F205E", shown);
    assertEquals(0, count("company where codice_fiscale = ?", "BNCGNN75B12F205E"));
    assertNotDone(lastMailTo(soleProprietorship.email().value()), soleProprietorship);
    assertKnownCode(lastMailTo("gianni.bianchi@demo.localhost"), soleProprietorship);
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
        username, "Nuova#Pass2026".toCharArray(), "Cambiata#Pass2026".toCharArray(), source);

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
    var before = authentication.authenticate(username, "Attiva#Ora2026".toCharArray(), source);
    assertTrue(authentication.isSessionCurrent(username, before.credentialsChangedAt()));

    credentials.requestCredentials(form.email().value());
    credentials.resetPassword(
        token(lastMailTo(form.email().value())), "Nuova#Pass2026".toCharArray());
    var afterReset = authentication.authenticate(username, "Nuova#Pass2026".toCharArray(), source);
    var ownStamp =
        accounts.changePassword(
            username, "Nuova#Pass2026".toCharArray(), "Cambiata#Pass2026".toCharArray(), source);

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
   * Since finding 4 they count toward the login's throttling from the same source.
   */
  @Test
  void finding3WrongCurrentPasswordsOnTheChangePagesCountTowardTheLoginThrottling() {
    String username = registerAndActivate(newRegistration());

    for (int i = 0; i < 2; i++) {
      assertThrows(
          InvalidValueException.class,
          () -> changePin(username, "Sbagliata#2026", "482915", "582046"));
      assertThrows(
          InvalidValueException.class,
          () ->
              accounts.changePassword(
                  username,
                  "Sbagliata#2026".toCharArray(),
                  "Nuova#Pass2026".toCharArray(),
                  source));
    }
    var fifth =
        assertThrows(
            InvalidFieldException.class,
            () ->
                accounts.changePassword(
                    username,
                    "Sbagliata#2026".toCharArray(),
                    "Nuova#Pass2026".toCharArray(),
                    source));

    assertEquals("current", fifth.field());
    assertEquals("account.throttled.seconds", fifth.messageKey());
    assertEquals(Outcome.THROTTLED, login(username, "Attiva#Ora2026"), "5 failures, as for logins");
  }

  /** Issue 15 finding 3: no e-mail on a password or PIN change. */
  @Test
  void finding3APasswordOrPinChangeEMailsTheHolderWithoutASecret() {
    var form = newRegistration();
    String username = registerAndActivate(form);

    accounts.changePassword(
        username, "Attiva#Ora2026".toCharArray(), "Cambiata#Pass2026".toCharArray(), source);
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
        username, password.toCharArray(), currentPin.toCharArray(), newPin.toCharArray(), source);
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
    return authentication.authenticate(username, password.toCharArray(), source).outcome();
  }

  private OutboxEntry lastMailTo(String email) {
    List<OutboxEntry> recent = outbox.page(0, 50);
    return recent.stream().filter(m -> m.recipient().equals(email)).findFirst().orElseThrow();
  }

  /** The notice to the typed address: the codes, a link to the help page, no activation link. */
  private static void assertNotDone(OutboxEntry mail, Registration form) {
    assertTrue(mail.subject().contains("richiesta di registrazione"), mail.subject());
    assertTrue(mail.body().contains(form.codiceFiscale().value()), mail.body());
    assertTrue(mail.body().contains("Hai problemi con l'accesso?"), mail.body());
    assertTrue(mail.links().stream().noneMatch(l -> l.contains("token=")), "no activation link");
  }

  /** The notice to the holder of a code someone tried to register again. */
  private static void assertKnownCode(OutboxEntry mail, Registration form) {
    assertTrue(mail.subject().contains("tentata una nuova registrazione"), mail.subject());
    assertTrue(mail.body().contains(form.partitaIva().value()), mail.body());
    assertTrue(mail.links().stream().noneMatch(l -> l.contains("token=")), "no live link");
  }

  /** Rows of {@code table where condition} with its one parameter. */
  private static long count(String tableWhere, String parameter) throws Exception {
    var dataSource = (DataSource) new InitialContext().lookup("java:app/jdbc/anagrafica");
    try (var connection = dataSource.getConnection();
        var query = connection.prepareStatement("select count(*) from " + tableWhere)) {
      query.setString(1, parameter);
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
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
