package it.ccse.anagrafica.accounts.application.internal;

import it.ccse.anagrafica.accounts.application.Registration;
import it.ccse.anagrafica.accounts.application.RegistrationService;
import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.accounts.domain.TokenPurpose;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.registry.domain.Company;
import it.ccse.anagrafica.registry.domain.CompanyRepository;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.reference.ReferenceDataRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;

@Stateless
public class DefaultRegistrationService implements RegistrationService {

  @Inject private CompanyRepository companies;
  @Inject private AccountRepository accounts;
  @Inject private CredentialsMail credentialsMail;
  @Inject private ReferenceDataRepository reference;
  @Inject private Clock clock;
  @EJB private AuditTrail audit;

  @Override
  public String register(Registration r) {
    if (!r.privacyAccepted()) {
      throw new InvalidFieldException("privacy", "registration.privacyRequired");
    }
    try {
      r.legalRepCodiceFiscale().requireKnownBirthplace(reference::isKnownBirthplace);
    } catch (InvalidValueException e) {
      throw new InvalidFieldException("legalRepCodiceFiscale", e.messageKey(), e.arguments());
    }
    String codiceFiscale = r.codiceFiscale().value();
    // A sole proprietorship's code is a person's: it may already be a delegate's username.
    if (companies.findByCodiceFiscale(codiceFiscale).isPresent()
        || accounts.findByUsername(codiceFiscale).isPresent()) {
      throw new InvalidFieldException("codiceFiscale", "registration.duplicateCodiceFiscale");
    }
    if (companies.existsWithPartitaIva(r.partitaIva().value())) {
      throw new InvalidFieldException("partitaIva", "registration.duplicatePartitaIva");
    }
    if (accounts.findByEmail(r.email().value()).isPresent()) {
      throw new InvalidFieldException("email", "registration.duplicateEmail");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    var company = new Company(codiceFiscale, r.partitaIva().value(), r.ragioneSociale(), now);
    company.legalForm(r.legalForm());
    company.legalRepresentative(
        r.legalRepName(), r.legalRepSurname(), r.legalRepCodiceFiscale().value());
    company.contacts(r.email().value(), r.pec().value(), r.phone());
    company.acceptPrivacy(now);
    companies.store(company);
    var account =
        accounts.store(
            new Account(
                codiceFiscale,
                r.email().value(),
                r.legalRepName() + " " + r.legalRepSurname(),
                Set.of(Role.OPERATOR),
                company,
                now));
    credentialsMail.send(account, TokenPurpose.ACTIVATION, MailTemplate.ACTIVATION);
    audit.record(account.getUsername(), "REGISTERED", codiceFiscale, r.ragioneSociale());
    return Account.shown(account.getUsername());
  }
}
