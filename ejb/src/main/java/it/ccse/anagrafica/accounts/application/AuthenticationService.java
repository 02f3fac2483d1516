package it.ccse.anagrafica.accounts.application;

import java.time.LocalDateTime;

/**
 * Checks credentials for the identity store, with throttling (ON-4): past a few failures, further
 * attempts wait a growing delay, counted per username at its source, per source and per username
 * (issue 15 finding 4). {@code source} is the client's network address as the web tier saw it.
 */
public interface AuthenticationService {

  AuthenticationResult authenticate(String username, char[] password, String source);

  /**
   * ON-6: the signed-in holder retypes the password before changing a credential. A wrong one
   * counts toward the login's throttling exactly like a failed login from {@code source}, in a
   * transaction of its own so that the count stays when the change is refused ({@link
   * AuthenticationResult#requireAuthenticated}).
   */
  AuthenticationResult confirmPassword(String username, char[] password, String source);

  /**
   * Whether a session that signed in when the account's credentials stamp was {@code
   * credentialsChangedAt} may go on: not once the password changed since (issue 15).
   */
  boolean isSessionCurrent(String username, LocalDateTime credentialsChangedAt);
}
