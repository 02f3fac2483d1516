package it.ccse.anagrafica.accounts.application.internal;

import it.ccse.anagrafica.accounts.application.CompanyNames;
import it.ccse.anagrafica.accounts.application.DelegateInvitations;
import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.AccountToken;
import it.ccse.anagrafica.accounts.domain.CompanyMembership;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.accounts.domain.TokenPurpose;
import it.ccse.anagrafica.accounts.domain.TokenState;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

@Stateless
public class DefaultDelegateInvitations implements DelegateInvitations {

  @Inject private AccountRepository accounts;
  @Inject private CompanyNames companyNames;
  @Inject private CredentialsMail credentialsMail;
  @Inject private Clock clock;

  @Override
  public boolean invite(Long companyId, String codiceFiscale, String fullName, String email) {
    String companyName = companyNames.nameOf(companyId);
    LocalDateTime now = LocalDateTime.now(clock);
    var existing = accounts.findByUsername(codiceFiscale);
    if (existing.isEmpty()) {
      var account =
          accounts.store(
              new Account(codiceFiscale, email, fullName, Set.of(Role.DELEGATE), null, now));
      accounts.store(CompanyMembership.accepted(account, companyId, now));
      return credentialsMail.send(
          account, TokenPurpose.ACTIVATION, MailTemplate.DELEGATE_INVITATION);
    }
    Account account = existing.get();
    var membership = accounts.findMembership(account, companyId);
    if (membership.filter(CompanyMembership::isAccepted).isPresent()) {
      return false;
    }
    return credentialsMail.invite(
        membership.orElseGet(() -> invited(account, companyId, now)), companyName, email);
  }

  private CompanyMembership invited(Account account, long companyId, LocalDateTime now) {
    var membership = CompanyMembership.invited(account, companyId, now);
    accounts.store(membership);
    return membership;
  }

  @Override
  public Optional<String> invitingCompany(String secret) {
    return invitation(secret)
        .filter(t -> t.state(LocalDateTime.now(clock)) == TokenState.USABLE)
        .flatMap(AccountToken::getMembership)
        .map(m -> companyNames.nameOf(m.getCompanyId()));
  }

  @Override
  public String accept(String secret, String username) {
    var token =
        invitation(secret)
            .orElseThrow(() -> new NotFoundException(TokenState.UNKNOWN.messageKey()));
    var person =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new OutOfScopeException("invitation.otherPerson"));
    return companyNames.nameOf(token.accept(person, LocalDateTime.now(clock)).getCompanyId());
  }

  private Optional<AccountToken> invitation(String secret) {
    return Optional.ofNullable(secret)
        .filter(s -> !s.isBlank())
        .flatMap(accounts::findToken)
        .filter(t -> t.getPurpose() == TokenPurpose.COMPANY_INVITATION);
  }
}
