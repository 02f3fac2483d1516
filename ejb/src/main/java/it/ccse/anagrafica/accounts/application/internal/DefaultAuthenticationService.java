package it.ccse.anagrafica.accounts.application.internal;

import it.ccse.anagrafica.accounts.application.AuthenticationResult;
import it.ccse.anagrafica.accounts.application.AuthenticationService;
import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.LockoutPolicy;
import it.ccse.anagrafica.accounts.domain.LoginThrottle;
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
  @ConfigProperty(name = "anagrafica.login.max-failures")
  private int maxFailures;

  @Inject
  @ConfigProperty(name = "anagrafica.login.lockout-minutes")
  private int lockoutMinutes;

  @Override
  public AuthenticationResult authenticate(String username, char[] password) {
    AuthenticationResult result = check(username, password);
    if (result.isAuthenticated()) {
      audit.record(result.username(), "LOGIN", result.username(), null);
    }
    return result;
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuthenticationResult confirmPassword(String username, char[] password) {
    return check(username, password);
  }

  @Override
  public boolean isSessionCurrent(String username, LocalDateTime credentialsChangedAt) {
    return accounts
        .credentialsChangedAt(username)
        .filter(s -> s.equals(credentialsChangedAt))
        .isPresent();
  }

  /** The password against the throttle of its username: a failure counts, a success clears. */
  private AuthenticationResult check(String username, char[] password) {
    LocalDateTime now = LocalDateTime.now(clock);
    LoginThrottle throttle = accounts.throttleOf(username);
    String name = throttle.getUsername();
    if (throttle.isLocked(now)) {
      audit.record(name, "LOGIN_REFUSED_LOCKED", name, null);
      return AuthenticationResult.locked(name, throttle.lockedUntil(now).orElseThrow());
    }
    Optional<Account> account = accounts.findByUsername(name);
    boolean valid;
    if (account.isPresent()) {
      valid = account.get().acceptsPassword(password);
    } else {
      PasswordHash.DECOY.matches(password);
      valid = false;
    }
    if (valid) {
      throttle.clear();
      accounts.store(throttle);
      return AuthenticationResult.authenticated(
          name, account.get().getRoles(), account.get().getCredentialsChangedAt());
    }
    var policy = new LockoutPolicy(maxFailures, Duration.ofMinutes(lockoutMinutes));
    boolean lockedNow = throttle.registerFailure(now, policy);
    accounts.store(throttle);
    audit.record(name, "LOGIN_FAILED", name, "failures=" + throttle.getFailures());
    if (lockedNow) {
      audit.record(name, "LOGIN_LOCKED", name, "minutes=" + lockoutMinutes);
      account.ifPresent(a -> warnHolder(a, throttle.lockedUntil(now).orElseThrow()));
      return AuthenticationResult.locked(name, throttle.lockedUntil(now).orElseThrow());
    }
    return AuthenticationResult.invalid(name);
  }

  /** The holder learns about a lock-out they may not have caused, in the same transaction. */
  private void warnHolder(Account account, LocalDateTime until) {
    outbox.enqueue(
        account.getEmail(),
        MailTemplate.ACCOUNT_LOCKED,
        Map.of(
            "name", account.getDisplayName(),
            "username", Account.shown(account.getUsername()),
            "minutes", String.valueOf(lockoutMinutes),
            "until", until.toString()));
  }
}
