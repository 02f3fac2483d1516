package it.ccse.anagrafica.company.application;

/** ON-2/ON-3: a company registers and receives its username and activation link by e-mail. */
public interface RegistrationService {

  /**
   * Creates the company and its operator account (not yet active) and queues the credentials
   * e-mail; returns the username. A codice fiscale, partita IVA or e-mail already registered is
   * answered alike, creating nothing: the typed address and the codes' holders are told by e-mail
   * instead (issue 15 finding 4). Malformed fields are refused field by field.
   */
  String register(Registration registration);
}
