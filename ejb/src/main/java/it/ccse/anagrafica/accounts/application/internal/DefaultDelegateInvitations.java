package it.ccse.anagrafica.accounts.application.internal;

import it.ccse.anagrafica.accounts.application.DelegateInvitations;
import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.accounts.domain.TokenPurpose;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.registry.domain.CompanyRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;

@Stateless
public class DefaultDelegateInvitations implements DelegateInvitations {

  @Inject private AccountRepository accounts;
  @Inject private CompanyRepository companies;
  @Inject private CredentialsMail credentialsMail;
  @Inject private Clock clock;

  @Override
  public boolean invite(Long companyId, String codiceFiscale, String fullName, String email) {
    if (accounts.findByUsername(codiceFiscale).isPresent()) {
      return false;
    }
    var account =
        accounts.store(
            new Account(
                codiceFiscale,
                email,
                fullName,
                Set.of(Role.DELEGATE),
                companies.get(companyId),
                LocalDateTime.now(clock)));
    return credentialsMail.send(account, TokenPurpose.ACTIVATION, MailTemplate.DELEGATE_INVITATION);
  }
}
