package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.accounts.application.AccountService;
import it.ccse.anagrafica.accounts.application.AuthenticationResult.Outcome;
import it.ccse.anagrafica.accounts.application.AuthenticationService;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.company.application.CompanyService;
import it.ccse.anagrafica.company.application.NewCompany;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The services inside the real EAR on Payara, against PostgreSQL. Each test seeds its own data. */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(ServicesIT.class, CompanyCodes.class);
  }

  @Inject private CompanyService companies;
  @Inject private AccountService accounts;
  @Inject private AuthenticationService authentication;
  @Inject private OutboxService outbox;

  /** This test's own client address, so that no other test's failures delay it. */
  private final String source = freshSource();

  @Test
  void migrationsCreatedTheSchemaAndLoadedReferenceDataOnPostgreSql()
      throws NamingException, SQLException {
    var dataSource = (DataSource) new InitialContext().lookup("java:app/jdbc/anagrafica");
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
      var failed =
          statement.executeQuery("select count(*) from flyway_schema_history where not success");
      failed.next();
      assertEquals(0, failed.getInt(1));
      var comuni = statement.executeQuery("select count(*) from ref_comune");
      comuni.next();
      assertEquals(7896, comuni.getInt(1));
    }
  }

  @Test
  void aCompanyRoundTripsThroughItsService() {
    var codiceFiscale = CompanyCodes.unique();
    var created =
        companies.create(
            new NewCompany(
                CodiceFiscale.of(codiceFiscale),
                PartitaIva.of(codiceFiscale),
                "Round Trip S.p.A.",
                "Società per azioni",
                "Via Garibaldi",
                "7",
                "10122",
                "01",
                "TO",
                "001272"));

    var found = companies.find(created.id()).orElseThrow();

    assertEquals(codiceFiscale, found.codiceFiscale());
    assertEquals("Round Trip S.p.A.", found.ragioneSociale());
    assertEquals("001272", found.registeredOfficeComune());
  }

  @Test
  void theIdentityStoreAcceptsTheRightPasswordOnly() {
    String username = backOffice("user-");

    var ok =
        authentication.authenticate(username.toUpperCase(), "Right#Pass1".toCharArray(), source);
    var wrong = authentication.authenticate(username, "wrong".toCharArray(), source);
    var unknown = authentication.authenticate("nobody-" + username, "wrong".toCharArray(), source);

    assertEquals(Outcome.AUTHENTICATED, ok.outcome());
    assertEquals(Set.of(Role.BACKOFFICE), ok.roles());
    assertEquals(Outcome.INVALID, wrong.outcome());
    assertEquals(Outcome.INVALID, unknown.outcome(), "unknown names answer like wrong passwords");
  }

  /**
   * Issue 15 finding 4: five failures delay the next attempt from that source, even with the right
   * password, and the holder is told once; a lock-out no longer.
   */
  @Test
  void finding4RepeatedFailuresDelayTheNextAttemptEvenForTheRightPasswordAndWarnTheHolder() {
    String username = backOffice("lock-");
    String email = username + "@example.org";
    long mailBefore = outbox.count();

    for (int i = 1; i < 5; i++) {
      assertEquals(
          Outcome.INVALID,
          authentication.authenticate(username, "x".toCharArray(), source).outcome());
    }
    var fifth = authentication.authenticate(username, "x".toCharArray(), source);
    var rightAfter = authentication.authenticate(username, "Right#Pass1".toCharArray(), source);

    assertEquals(Outcome.THROTTLED, fifth.outcome());
    assertEquals("account.throttled.seconds", fifth.retryMessageKey());
    assertEquals(30, fifth.retryAmount());
    assertEquals(Outcome.THROTTLED, rightAfter.outcome());
    assertEquals(mailBefore + 1, outbox.count());
    assertTrue(outbox.page(0, 1).get(0).recipient().equals(email));
  }

  /**
   * Issue 15 finding 4: anyone could lock any company out every 15 minutes by failing on its public
   * username. Failures from elsewhere no longer keep the holder out of a source they signed in
   * from, and hold a new source at most the username's minute.
   */
  @Test
  void finding4FailuresFromElsewhereDoNotKeepTheHolderOut() {
    String username = backOffice("holder-");
    String attacker = freshSource();
    assertEquals(
        Outcome.AUTHENTICATED,
        authentication.authenticate(username, "Right#Pass1".toCharArray(), source).outcome());

    for (int i = 0; i < 8; i++) {
      authentication.authenticate(username, "guess".toCharArray(), attacker);
    }
    var fromAttacker = authentication.authenticate(username, "Right#Pass1".toCharArray(), attacker);
    var fromNewSource =
        authentication.authenticate(username, "Right#Pass1".toCharArray(), freshSource());
    var fromHolder = authentication.authenticate(username, "Right#Pass1".toCharArray(), source);

    assertEquals(Outcome.THROTTLED, fromAttacker.outcome());
    assertEquals(Outcome.THROTTLED, fromNewSource.outcome());
    assertTrue(fromNewSource.retryAfter().toSeconds() <= 60, "at most a minute elsewhere");
    assertEquals(Outcome.AUTHENTICATED, fromHolder.outcome());
  }

  /** Issue 15 finding 4: one address cannot try name after name; other addresses go on. */
  @Test
  void finding4OneAddressSprayingNamesIsDelayedFromItsTenthFailure() {
    for (int i = 0; i < 9; i++) {
      assertEquals(Outcome.INVALID, spray(source));
    }

    assertEquals(Outcome.THROTTLED, spray(source), "the tenth failure starts the delay");
    assertEquals(Outcome.THROTTLED, spray(source), "the next name is not even tried");
    assertEquals(Outcome.INVALID, spray(freshSource()));
  }

  private Outcome spray(String from) {
    return authentication
        .authenticate("spray-" + UUID.randomUUID(), "Estate2026!".toCharArray(), from)
        .outcome();
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndFollowsThePolicy() {
    String username = backOffice("pwd-");

    var wrongCurrent =
        assertThrows(
            InvalidValueException.class,
            () ->
                accounts.changePassword(
                    username, "nope".toCharArray(), "Nuova#Pass22".toCharArray(), source));
    var tooShort =
        assertThrows(
            InvalidValueException.class,
            () ->
                accounts.changePassword(
                    username, "Right#Pass1".toCharArray(), "corta1".toCharArray(), source));
    accounts.changePassword(
        username, "Right#Pass1".toCharArray(), "Nuova#Pass22".toCharArray(), source);

    assertEquals("account.password.currentWrong", wrongCurrent.messageKey());
    assertEquals("account.password.tooShort", tooShort.messageKey());
    assertEquals(
        Outcome.INVALID,
        authentication.authenticate(username, "Right#Pass1".toCharArray(), source).outcome());
    assertEquals(
        Outcome.AUTHENTICATED,
        authentication.authenticate(username, "Nuova#Pass22".toCharArray(), source).outcome());
  }

  /** A new back-office account named prefix + a UUID, at that name @example.org, Right#Pass1. */
  private String backOffice(String prefix) {
    String username = prefix + UUID.randomUUID();
    accounts.createActiveAccount(
        username,
        username + "@example.org",
        "Test",
        Set.of(Role.BACKOFFICE),
        null,
        "Right#Pass1".toCharArray(),
        null);
    return username;
  }

  /** An IPv6 documentation address (RFC 3849) nobody else uses. */
  private static String freshSource() {
    String hex = UUID.randomUUID().toString();
    return "2001:db8::" + hex.substring(0, 4) + ":" + hex.substring(4, 8);
  }
}
