package it.ccse.anagrafica.accounts.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

public interface AccountRepository {

  Optional<Account> findByUsername(String username);

  Optional<Account> findByEmail(String email);

  /** The company's operators (its own accounts, not delegates). */
  List<Account> operatorsOf(long companyId);

  Account store(Account account);

  void store(AccountToken token);

  Optional<AccountToken> findToken(String secret);

  /** Tokens of this purpose of the account neither used nor revoked, to be revoked. */
  List<AccountToken> outstandingTokens(Account account, TokenPurpose purpose);

  /** The invitation links of this membership neither used nor revoked, to be revoked. */
  List<AccountToken> outstandingTokens(CompanyMembership membership);

  void store(CompanyMembership membership);

  Optional<CompanyMembership> findMembership(Account account, long companyId);

  /** VW-1: the ids of the companies the delegate accepted to act for (issue 15 finding 4). */
  List<Long> acceptedCompanyIds(Account account);

  /** Tokens of this purpose issued to the account since {@code since}: the mail rate limit. */
  long tokensIssuedSince(Account account, TokenPurpose purpose, LocalDateTime since);

  /** The account's {@link Account#getCredentialsChangedAt()}, without loading the account. */
  Optional<LocalDateTime> credentialsChangedAt(String username);

  /** The throttles of a login attempt, each created (not yet stored) if its key never counted. */
  LoginThrottles throttlesOf(LoginAttempt attempt);

  void store(LoginThrottle throttle);
}
