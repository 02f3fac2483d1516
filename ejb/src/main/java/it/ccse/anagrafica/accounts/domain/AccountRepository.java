package it.ccse.anagrafica.accounts.domain;

import java.util.Optional;

public interface AccountRepository {

  Optional<Account> findByUsername(String username);

  Optional<Account> findByEmail(String email);

  Account store(Account account);

  void store(AccountToken token);

  Optional<AccountToken> findToken(String secret);

  /** Tokens of this purpose issued to the account since {@code since}: the mail rate limit. */
  long tokensIssuedSince(Account account, TokenPurpose purpose, java.time.LocalDateTime since);

  /** The throttle of a username, created (not yet stored) if it never failed. */
  LoginThrottle throttleOf(String username);

  void store(LoginThrottle throttle);
}
