package it.ccse.anagrafica.accounts.application.internal;

import it.ccse.anagrafica.accounts.application.AccountService;
import it.ccse.anagrafica.accounts.application.AccountView;
import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.registry.domain.CompanyRepository;
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
  @Inject private CompanyRepository companies;
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
    var company = companyId == null ? null : companies.get(companyId);
    var account =
        new Account(username, email, displayName, roles, company, LocalDateTime.now(clock));
    if (pin == null) {
      account.activate(password);
    } else {
      account.activate(password, pin);
    }
    return AccountView.of(accounts.store(account));
  }

  @Override
  public void changePassword(String username, char[] current, char[] replacement) {
    accounts
        .findByUsername(username)
        .orElseThrow(() -> new IllegalStateException("No account " + username))
        .changePassword(current, replacement);
    audit.record(username, "PASSWORD_CHANGED", username, null);
  }

  @Override
  public void changePin(String username, char[] password, char[] newPin) {
    accounts
        .findByUsername(username)
        .orElseThrow(() -> new IllegalStateException("No account " + username))
        .changePin(password, newPin);
    audit.record(username, "PIN_CHANGED", username, null);
  }

  @Override
  public Optional<AccountView> findByUsername(String username) {
    return accounts.findByUsername(username).map(AccountView::of);
  }
}
