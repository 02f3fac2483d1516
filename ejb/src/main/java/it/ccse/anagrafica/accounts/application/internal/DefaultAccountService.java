package it.ccse.anagrafica.accounts.application.internal;

import it.ccse.anagrafica.accounts.application.AccountService;
import it.ccse.anagrafica.accounts.application.AccountView;
import it.ccse.anagrafica.accounts.application.AuthenticationService;
import it.ccse.anagrafica.accounts.application.CompanyNames;
import it.ccse.anagrafica.accounts.application.PinSignatures;
import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.CompanyMembership;
import it.ccse.anagrafica.accounts.domain.PinCheck;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.shared.application.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

@Stateless
public class DefaultAccountService implements AccountService {

  @Inject private AccountRepository accounts;
  @Inject private CredentialsMail credentialsMail;
  @EJB private AuthenticationService authentication;
  @EJB private PinSignatures pins;
  @Inject private CompanyNames companyNames;
  @Inject private Clock clock;
  @EJB private AuditTrail audit;

  @Override
  public AccountView createActiveAccount(
      String username,
      String email,
      String displayName,
      Set<Role> roles,
      Long companyId,
      char[] password,
      char[] pin) {
    String companyName = companyId == null ? null : companyNames.nameOf(companyId);
    boolean operator = roles.contains(Role.OPERATOR);
    LocalDateTime now = LocalDateTime.now(clock);
    var account =
        new Account(username, email, displayName, roles, operator ? companyId : null, now);
    if (pin == null) {
      account.activate(password);
    } else {
      account.activate(password, pin);
    }
    accounts.store(account);
    if (!operator && companyId != null) {
      // A delegate's company is a membership, accepted: the caller vouches for the person.
      accounts.store(CompanyMembership.accepted(account, companyId, now));
    }
    return AccountView.of(account, operator ? companyName : null);
  }

  @Override
  public LocalDateTime changePassword(
      String username, char[] current, char[] replacement, String source) {
    authentication.confirmPassword(username, current, source).requireAuthenticated();
    Account account = get(username);
    account.changePassword(replacement, LocalDateTime.now(clock));
    credentialsMail.passwordChanged(account);
    audit.record(username, "PASSWORD_CHANGED", username, null);
    return account.getCredentialsChangedAt();
  }

  @Override
  public void changePin(
      String username, char[] password, char[] currentPin, char[] newPin, String source) {
    authentication.confirmPassword(username, password, source).requireAuthenticated();
    // Checked after the password, so that a wrong password costs no signing attempt.
    PinCheck current = pins.check(username, currentPin);
    Account account = get(username);
    account.changePin(current, newPin);
    credentialsMail.pinChanged(account);
    audit.record(username, "PIN_CHANGED", username, null);
  }

  /** Loaded after the checks, which update the account in transactions of their own. */
  private Account get(String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new IllegalStateException("No account " + username));
  }

  @Override
  public Optional<AccountView> findByUsername(String username) {
    return accounts.findByUsername(username).map(this::viewOf);
  }

  private AccountView viewOf(Account account) {
    return AccountView.of(account, account.getCompanyId().map(companyNames::nameOf).orElse(null));
  }
}
