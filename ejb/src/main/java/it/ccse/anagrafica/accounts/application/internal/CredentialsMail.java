package it.ccse.anagrafica.accounts.application.internal;

import it.ccse.anagrafica.accounts.application.ActivationMail;
import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.AccountToken;
import it.ccse.anagrafica.accounts.domain.CompanyMembership;
import it.ccse.anagrafica.accounts.domain.TokenPurpose;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.notifications.application.OutboxService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues a link and queues the e-mail that carries it, in the caller's transaction, within the
 * per-account hourly limit; queues the notice of a changed password or PIN. Shared by registration,
 * the recovery page, the credential changes and the delegates' invitations.
 */
@Dependent
class CredentialsMail implements ActivationMail {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @Inject private AccountRepository accounts;
  @Inject private Clock clock;
  @EJB private OutboxService outbox;

  @Inject
  @ConfigProperty(name = "anagrafica.public-url")
  private String publicUrl;

  @Inject
  @ConfigProperty(name = "anagrafica.activation.validity-hours")
  private int activationHours;

  @Inject
  @ConfigProperty(name = "anagrafica.password-reset.validity-minutes")
  private int resetMinutes;

  @Inject
  @ConfigProperty(name = "anagrafica.credentials.max-mails-per-hour")
  private int maxPerHour;

  @Override
  public boolean send(Account account, MailTemplate template) {
    return send(account, TokenPurpose.ACTIVATION, template);
  }

  /** Returns false, sending nothing, when the account already had its share this hour. */
  boolean send(Account account, TokenPurpose purpose, MailTemplate template) {
    LocalDateTime now = LocalDateTime.now(clock);
    if (overLimit(account, purpose, now)) {
      return false;
    }
    Duration validity =
        purpose == TokenPurpose.ACTIVATION
            ? Duration.ofHours(activationHours)
            : Duration.ofMinutes(resetMinutes);
    // Only the latest link works (issue 15): an older mail, in the inbox or in other hands, is
    // void.
    revoke(account, purpose, now);
    var issued = AccountToken.issue(account, purpose, now, validity);
    accounts.store(issued.token());
    mail(account.getEmail(), account, template, linkOf(issued, purpose));
    return true;
  }

  /**
   * VW-1, MD-13 (issue 15 finding 4): the invitation to join the membership's company, to the
   * address that company gave for the person, not to the account's: accepting then takes this link
   * and the account's password, so neither whoever named the person first nor whoever reads the
   * mail alone joins. Valid as long as an activation link; within the same hourly limit.
   */
  boolean invite(CompanyMembership membership, String companyName, String email) {
    Account account = membership.getAccount();
    LocalDateTime now = LocalDateTime.now(clock);
    if (overLimit(account, TokenPurpose.COMPANY_INVITATION, now)) {
      return false;
    }
    accounts.outstandingTokens(membership).forEach(t -> t.revoke(now));
    var issued = AccountToken.invitation(membership, now, Duration.ofHours(activationHours));
    accounts.store(issued.token());
    var values = new HashMap<>(linkOf(issued, TokenPurpose.COMPANY_INVITATION));
    values.put("company", companyName);
    mail(email, account, MailTemplate.COMPANY_INVITATION, values);
    return true;
  }

  private boolean overLimit(Account account, TokenPurpose purpose, LocalDateTime now) {
    return accounts.tokensIssuedSince(account, purpose, now.minusHours(1)) >= maxPerHour;
  }

  private Map<String, String> linkOf(AccountToken.Issued issued, TokenPurpose purpose) {
    return Map.of(
        "link",
        publicUrl + "/" + purpose.page() + "?token=" + issued.secret(),
        "expires",
        issued.token().getExpiresAt().format(WHEN) + " UTC");
  }

  /**
   * After a new password (reset or change): the reset links still around are void, and the holder
   * is told, in case it was not them. The notice carries no secret.
   */
  void passwordChanged(Account account) {
    LocalDateTime now = LocalDateTime.now(clock);
    revoke(account, TokenPurpose.PASSWORD_RESET, now);
    notice(account, MailTemplate.PASSWORD_CHANGED, now);
  }

  /** After a new signing PIN the holder is told, in case it was not them. */
  void pinChanged(Account account) {
    notice(account, MailTemplate.PIN_CHANGED, LocalDateTime.now(clock));
  }

  private void revoke(Account account, TokenPurpose purpose, LocalDateTime now) {
    accounts.outstandingTokens(account, purpose).forEach(t -> t.revoke(now));
  }

  private void notice(Account account, MailTemplate template, LocalDateTime when) {
    mail(
        account.getEmail(),
        account,
        template,
        Map.of("when", when.format(WHEN) + " UTC", "link", publicUrl + "/problemi-accesso.xhtml"));
  }

  /** Every credentials mail greets the holder by name and names the username. */
  private void mail(
      String recipient, Account account, MailTemplate template, Map<String, String> values) {
    var all = new HashMap<>(values);
    all.put("name", account.getDisplayName());
    all.put("username", Account.shown(account.getUsername()));
    outbox.enqueue(recipient, template, all);
  }
}
