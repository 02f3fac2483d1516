package it.ccse.anagrafica.accounts.domain;

import java.util.Optional;

public interface AccountRepository {

  Optional<Account> findByUsername(String username);

  Account store(Account account);

  /** The throttle of a username, created (not yet stored) if it never failed. */
  LoginThrottle throttleOf(String username);

  void store(LoginThrottle throttle);
}
