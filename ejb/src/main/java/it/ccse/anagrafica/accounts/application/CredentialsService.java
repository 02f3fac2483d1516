package it.ccse.anagrafica.accounts.application;

import it.ccse.anagrafica.accounts.domain.TokenPurpose;
import it.ccse.anagrafica.accounts.domain.TokenState;
import java.util.Optional;

/** Single-use links: activation (ON-3) and recovery (ON-5). */
public interface CredentialsService {

  /** What the page of a link should show before the user types anything. */
  TokenState state(String secret, TokenPurpose purpose);

  /**
   * The username of a usable link's account, which the new password must not contain (issue 15,
   * finding 13b); empty if the link cannot be used.
   */
  Optional<String> holder(String secret, TokenPurpose purpose);

  /** ON-3: sets password and signing PIN; returns the username for "vai alla login". */
  String activate(String secret, char[] password, char[] pin);

  /**
   * ON-5: sets a new password through a reset link, which revokes the account's other reset links,
   * ends its sessions and tells the holder by e-mail; returns the username.
   */
  String resetPassword(String secret, char[] password);

  /**
   * ON-5 "Richiedi credenziali": e-mails the username and a reset link to an active account with
   * this address. Says nothing about whether the address is known; rate limited per account.
   */
  void requestCredentials(String email);

  /** ON-5 "Richiedi mail attivazione": a new activation link for an account not yet active. */
  void requestActivationMail(String email);
}
