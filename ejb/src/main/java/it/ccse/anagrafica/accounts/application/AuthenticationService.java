package it.ccse.anagrafica.accounts.application;

import java.time.LocalDateTime;

/** Checks credentials for the identity store, with throttling and temporary lock-out (ON-4). */
public interface AuthenticationService {

  AuthenticationResult authenticate(String username, char[] password);

  /**
   * ON-6: the signed-in holder retypes the password before changing a credential. A wrong one
   * counts toward the login's lock-out exactly like a failed login, in a transaction of its own so
   * that the count stays when the change is refused ({@link
   * AuthenticationResult#requireAuthenticated}).
   */
  AuthenticationResult confirmPassword(String username, char[] password);

  /**
   * Whether a session that signed in when the account's credentials stamp was {@code
   * credentialsChangedAt} may go on: not once the password changed since (issue 15).
   */
  boolean isSessionCurrent(String username, LocalDateTime credentialsChangedAt);
}
