package it.ccse.anagrafica.accounts.application;

/** Checks credentials for the identity store, with throttling and temporary lock-out (ON-4). */
public interface AuthenticationService {

  AuthenticationResult authenticate(String username, char[] password);
}
