package it.ccse.anagrafica.accounts.application.internal;

import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.AccountToken;
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
 * the recovery page and the credential changes.
 */
@Dependent
class CredentialsMail {

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

  /** Returns false, sending nothing, when the account already had its share this hour. */
  boolean send(Account account, TokenPurpose purpose, MailTemplate template) {
    LocalDateTime now = LocalDateTime.now(clock);
    if (accounts.tokensIssuedSince(account, purpose, now.minusHours(1)) >= maxPerHour) {
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
    mail(
        account,
        template,
        Map.of(
            "link",
            publicUrl + "/" + purpose.page() + "?token=" + issued.secret(),
            "expires",
            issued.token().getExpiresAt().format(WHEN) + " UTC"));
    return true;
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
        account,
        template,
        Map.of("when", when.format(WHEN) + " UTC", "link", publicUrl + "/problemi-accesso.xhtml"));
  }

  /** Every credentials mail greets the holder by name and names the username. */
  private void mail(Account account, MailTemplate template, Map<String, String> values) {
    var all = new HashMap<>(values);
    all.put("name", account.getDisplayName());
    all.put("username", Account.shown(account.getUsername()));
    outbox.enqueue(account.getEmail(), template, all);
  }
}
