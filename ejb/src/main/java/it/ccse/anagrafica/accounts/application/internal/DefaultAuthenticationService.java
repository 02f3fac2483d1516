package it.ccse.anagrafica.accounts.application.internal;

import it.ccse.anagrafica.accounts.application.AuthenticationResult;
import it.ccse.anagrafica.accounts.application.AuthenticationService;
import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.LoginAttempt;
import it.ccse.anagrafica.accounts.domain.LoginThrottlePolicy;
import it.ccse.anagrafica.accounts.domain.LoginThrottles;
import it.ccse.anagrafica.accounts.domain.PasswordHash;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.shared.application.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class DefaultAuthenticationService implements AuthenticationService {

  @Inject private AccountRepository accounts;
  @Inject private Clock clock;
  @EJB private AuditTrail audit;
  @EJB private OutboxService outbox;

  @Inject
  @ConfigProperty(name = "anagrafica.login.free-failures")
  private int freeFailures;

  @Inject
  @ConfigProperty(name = "anagrafica.login.max-delay-minutes")
  private int maxDelayMinutes;

  @Inject
  @ConfigProperty(name = "anagrafica.public-url")
  private String publicUrl;

  @Override
  public AuthenticationResult authenticate(String username, char[] password, String source) {
    var attempt = new LoginAttempt(username, source);
    AuthenticationResult result = check(attempt, password);
    if (result.isAuthenticated()) {
      audit.record(result.username(), "LOGIN", result.username(), "source=" + attempt.source());
    }
    return result;
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuthenticationResult confirmPassword(String username, char[] password, String source) {
    return check(new LoginAttempt(username, source), password);
  }

  @Override
  public boolean isSessionCurrent(String username, LocalDateTime credentialsChangedAt) {
    return accounts
        .credentialsChangedAt(username)
        .filter(s -> s.equals(credentialsChangedAt))
        .isPresent();
  }

  /**
   * The password against the throttles of the attempt: while one says wait, the password is not
   * looked at; a failure counts under every key, a success clears the username at its source.
   */
  private AuthenticationResult check(LoginAttempt attempt, char[] password) {
    LocalDateTime now = LocalDateTime.now(clock);
    var policy = new LoginThrottlePolicy(freeFailures, Duration.ofMinutes(maxDelayMinutes));
    LoginThrottles throttles = accounts.throttlesOf(attempt);
    String name = attempt.username();
    String where = "source=" + attempt.source();
    Duration wait = throttles.waitAt(now, policy);
    if (!wait.isZero()) {
      // The same work as any answer, so that a refusal takes as long as a check.
      PasswordHash.DECOY.matches(password);
      audit.record(name, "LOGIN_REFUSED_THROTTLED", name, where);
      return AuthenticationResult.throttled(name, wait);
    }
    Optional<Account> account = accounts.findByUsername(name);
    if (accepts(account, password)) {
      throttles.registerSuccess(now);
      accounts.store(throttles.usernameAtSource());
      return AuthenticationResult.authenticated(
          name, account.get().getRoles(), account.get().getCredentialsChangedAt());
    }
    boolean episodeStarts = throttles.registerFailure(now, policy);
    throttles.all().forEach(accounts::store);
    audit.record(name, "LOGIN_FAILED", name, where);
    if (episodeStarts) {
      audit.record(name, "LOGIN_THROTTLED", name, where);
      account.ifPresent(this::warnHolder);
    }
    Duration next = throttles.waitAt(now, policy);
    return next.isZero()
        ? AuthenticationResult.invalid(name)
        : AuthenticationResult.throttled(name, next);
  }

  /**
   * One path for every account that cannot sign in: an unknown name costs the same PBKDF2 check as
   * a disabled or not yet activated account ({@link Account#acceptsPassword}) and a real one.
   */
  private static boolean accepts(Optional<Account> account, char[] password) {
    if (account.isPresent()) {
      return account.get().acceptsPassword(password);
    }
    PasswordHash.DECOY.matches(password);
    return false;
  }

  /** The holder learns about failures they may not have made, in the same transaction. */
  private void warnHolder(Account account) {
    outbox.enqueue(
        account.getEmail(),
        MailTemplate.ACCOUNT_LOCKED,
        Map.of(
            "name", account.getDisplayName(),
            "username", Account.shown(account.getUsername()),
            "minutes", String.valueOf(maxDelayMinutes),
            "link", publicUrl + "/problemi-accesso.xhtml"));
  }
}
