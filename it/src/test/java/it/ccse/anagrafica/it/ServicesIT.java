package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.accounts.application.AccountService;
import it.ccse.anagrafica.accounts.application.AuthenticationResult.Outcome;
import it.ccse.anagrafica.accounts.application.AuthenticationService;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.registry.application.CompanyService;
import it.ccse.anagrafica.registry.application.NewCompany;
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
    String username = "user-" + UUID.randomUUID();
    accounts.createActiveAccount(
        username,
        username + "@example.org",
        "Test",
        Set.of(Role.BACKOFFICE),
        null,
        "Right#Pass1".toCharArray(),
        null);

    var ok = authentication.authenticate(username.toUpperCase(), "Right#Pass1".toCharArray());
    var wrong = authentication.authenticate(username, "wrong".toCharArray());
    var unknown = authentication.authenticate("nobody-" + username, "wrong".toCharArray());

    assertEquals(Outcome.AUTHENTICATED, ok.outcome());
    assertEquals(Set.of(Role.BACKOFFICE), ok.roles());
    assertEquals(Outcome.INVALID, wrong.outcome());
    assertEquals(Outcome.INVALID, unknown.outcome(), "unknown names answer like wrong passwords");
  }

  @Test
  void repeatedFailuresLockTheAccountEvenForTheRightPasswordAndWarnTheHolder() {
    String username = "lock-" + UUID.randomUUID();
    String email = username + "@example.org";
    accounts.createActiveAccount(
        username, email, "Test", Set.of(Role.BACKOFFICE), null, "Right#Pass1".toCharArray(), null);
    long mailBefore = outbox.count();

    for (int i = 1; i < 5; i++) {
      assertEquals(
          Outcome.INVALID, authentication.authenticate(username, "x".toCharArray()).outcome());
    }
    var fifth = authentication.authenticate(username, "x".toCharArray());
    var rightAfterLock = authentication.authenticate(username, "Right#Pass1".toCharArray());

    assertEquals(Outcome.LOCKED, fifth.outcome());
    assertEquals(Outcome.LOCKED, rightAfterLock.outcome());
    assertEquals(mailBefore + 1, outbox.count());
    assertTrue(outbox.page(0, 1).get(0).recipient().equals(email));
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndFollowsThePolicy() {
    String username = "pwd-" + UUID.randomUUID();
    accounts.createActiveAccount(
        username,
        username + "@example.org",
        "Test",
        Set.of(Role.BACKOFFICE),
        null,
        "Right#Pass1".toCharArray(),
        null);

    var wrongCurrent =
        assertThrows(
            InvalidValueException.class,
            () ->
                accounts.changePassword(
                    username, "nope".toCharArray(), "Nuova#Pass22".toCharArray()));
    var tooShort =
        assertThrows(
            InvalidValueException.class,
            () ->
                accounts.changePassword(
                    username, "Right#Pass1".toCharArray(), "corta1".toCharArray()));
    accounts.changePassword(username, "Right#Pass1".toCharArray(), "Nuova#Pass22".toCharArray());

    assertEquals("account.password.currentWrong", wrongCurrent.messageKey());
    assertEquals("account.password.tooShort", tooShort.messageKey());
    assertEquals(
        Outcome.INVALID,
        authentication.authenticate(username, "Right#Pass1".toCharArray()).outcome());
    assertEquals(
        Outcome.AUTHENTICATED,
        authentication.authenticate(username, "Nuova#Pass22".toCharArray()).outcome());
  }
}
