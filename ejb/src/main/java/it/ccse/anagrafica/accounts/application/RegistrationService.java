package it.ccse.anagrafica.accounts.application;

/** ON-2/ON-3: a company registers and receives its username and activation link by e-mail. */
public interface RegistrationService {

  /**
   * Creates the company and its operator account (not yet active) and queues the credentials
   * e-mail; duplicates are refused field by field. Returns the username.
   */
  String register(Registration registration);
}
