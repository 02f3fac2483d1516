package it.ccse.anagrafica.company.application.internal;

import it.ccse.anagrafica.accounts.application.ActivationMail;
import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.company.application.Registration;
import it.ccse.anagrafica.company.application.RegistrationService;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.reference.ReferenceDataRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class DefaultRegistrationService implements RegistrationService {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @Inject private CompanyRepository companies;
  @Inject private AccountRepository accounts;
  @Inject private ActivationMail activationMail;
  @Inject private ReferenceDataRepository reference;
  @Inject private Clock clock;
  @EJB private AuditTrail audit;
  @EJB private OutboxService outbox;

  @Inject
  @ConfigProperty(name = "anagrafica.public-url")
  private String publicUrl;

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
    Optional<Company> sameCode = companies.findByCodiceFiscale(codiceFiscale);
    Optional<Account> sameUsername = accounts.findByUsername(codiceFiscale);
    List<Company> samePartitaIva = companies.withPartitaIva(r.partitaIva().value());
    boolean sameEmail = accounts.findByEmail(r.email().value()).isPresent();
    if (sameCode.isPresent()
        || sameUsername.isPresent()
        || !samePartitaIva.isEmpty()
        || sameEmail) {
      // The companies' own addresses and their operators' (a demo or legacy company may lack one).
      List<Company> known =
          Stream.concat(sameCode.stream(), samePartitaIva.stream()).distinct().toList();
      Stream<String> holders =
          Stream.of(
                  known.stream().map(Company::getEmail),
                  known.stream()
                      .flatMap(c -> accounts.operatorsOf(c.getId()).stream())
                      .map(Account::getEmail),
                  sameUsername.stream().map(Account::getEmail))
              .flatMap(e -> e);
      notRegistered(r, holders);
      return Account.shown(Account.normalise(codiceFiscale));
    }
    LocalDateTime now = LocalDateTime.now(clock);
    var company = new Company(codiceFiscale, r.partitaIva().value(), r.ragioneSociale(), now);
    company.legalForm(r.legalForm());
    company.legalRepresentative(r.legalRepresentative());
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
                company.getId(),
                now));
    activationMail.send(account, MailTemplate.ACTIVATION);
    audit.recordFor(
        company.getId(), account.getUsername(), "REGISTERED", codiceFiscale, r.ragioneSociale());
    return Account.shown(account.getUsername());
  }

  /**
   * Issue 15 finding 4: a registration whose codes or address are already registered answers like
   * one carried out, so that the page tells nobody which codes or addresses are known. Nothing is
   * created; the typed address and the holders of the codes learn by e-mail what happened, through
   * the outbox like the activation mail of a registration carried out.
   */
  private void notRegistered(Registration r, Stream<String> holders) {
    String typed = Account.normaliseEmail(r.email().value());
    var values =
        Map.of(
            "codiceFiscale",
            r.codiceFiscale().value(),
            "partitaIva",
            r.partitaIva().value(),
            "when",
            LocalDateTime.now(clock).format(WHEN) + " UTC",
            "link",
            publicUrl + "/problemi-accesso.xhtml");
    outbox.enqueue(typed, MailTemplate.REGISTRATION_NOT_DONE, values);
    holders
        .filter(e -> e != null && !e.isBlank())
        .map(Account::normaliseEmail)
        .filter(e -> !e.equals(typed))
        .distinct()
        .forEach(e -> outbox.enqueue(e, MailTemplate.REGISTRATION_OF_KNOWN_CODE, values));
    audit.record(
        Account.normalise(r.codiceFiscale().value()),
        "REGISTRATION_NOT_DONE",
        r.codiceFiscale().value(),
        r.email().value());
  }
}
