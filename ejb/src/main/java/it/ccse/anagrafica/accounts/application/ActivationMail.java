package it.ccse.anagrafica.accounts.application;

import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.notifications.application.MailTemplate;

/**
 * ON-3: the activation link of a new account, by e-mail, for the use cases of higher areas that
 * create accounts (registration, the legacy import).
 */
public interface ActivationMail {

  /**
   * Issues an activation link to the account, revoking the earlier ones, and queues the e-mail of
   * this template that carries it, in the caller's transaction. Returns false, sending nothing,
   * when the account already had its share of e-mails this hour.
   */
  boolean send(Account account, MailTemplate template);
}
