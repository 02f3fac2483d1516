package it.ccse.anagrafica.accounts.application.internal;

import it.ccse.anagrafica.accounts.application.CredentialsService;
import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.AccountToken;
import it.ccse.anagrafica.accounts.domain.TokenPurpose;
import it.ccse.anagrafica.accounts.domain.TokenState;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

@Stateless
public class DefaultCredentialsService implements CredentialsService {

  @Inject private AccountRepository accounts;
  @Inject private CredentialsMail credentialsMail;
  @Inject private Clock clock;
  @EJB private AuditTrail audit;

  @Override
  public TokenState state(String secret, TokenPurpose purpose) {
    return token(secret, purpose)
        .map(t -> t.state(LocalDateTime.now(clock)))
        .orElse(TokenState.UNKNOWN);
  }

  @Override
  public Optional<String> holder(String secret, TokenPurpose purpose) {
    return token(secret, purpose)
        .filter(t -> t.state(LocalDateTime.now(clock)) == TokenState.USABLE)
        .map(t -> Account.shown(t.getAccount().getUsername()));
  }

  @Override
  public String activate(String secret, char[] password, char[] pin) {
    Account account = use(secret, TokenPurpose.ACTIVATION);
    account.activate(password, pin);
    audit.record(account.getUsername(), "ACTIVATED", account.getUsername(), null);
    return Account.shown(account.getUsername());
  }

  @Override
  public String resetPassword(String secret, char[] password) {
    Account account = use(secret, TokenPurpose.PASSWORD_RESET);
    account.changePassword(password, LocalDateTime.now(clock));
    credentialsMail.passwordChanged(account);
    audit.record(account.getUsername(), "PASSWORD_RESET", account.getUsername(), null);
    return Account.shown(account.getUsername());
  }

  @Override
  public void requestCredentials(String email) {
    accounts
        .findByEmail(email)
        .filter(Account::isEnabled)
        .ifPresent(
            a ->
                credentialsMail.send(
                    a, TokenPurpose.PASSWORD_RESET, MailTemplate.CREDENTIALS_REMINDER));
  }

  @Override
  public void requestActivationMail(String email) {
    accounts
        .findByEmail(email)
        .filter(a -> !a.isEnabled())
        .ifPresent(a -> credentialsMail.send(a, TokenPurpose.ACTIVATION, MailTemplate.ACTIVATION));
  }

  private Optional<AccountToken> token(String secret, TokenPurpose purpose) {
    if (secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    return accounts.findToken(secret).filter(t -> t.getPurpose() == purpose);
  }

  private Account use(String secret, TokenPurpose purpose) {
    return token(secret, purpose)
        .orElseThrow(() -> new NotFoundException(TokenState.UNKNOWN.messageKey()))
        .use(LocalDateTime.now(clock));
  }
}
