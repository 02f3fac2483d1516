package it.ccse.anagrafica.accounts.infrastructure;

import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.AccountToken;
import it.ccse.anagrafica.accounts.domain.CompanyMembership;
import it.ccse.anagrafica.accounts.domain.LoginAttempt;
import it.ccse.anagrafica.accounts.domain.LoginThrottle;
import it.ccse.anagrafica.accounts.domain.LoginThrottles;
import it.ccse.anagrafica.accounts.domain.ThrottleScope;
import it.ccse.anagrafica.accounts.domain.TokenPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  @Override
  public Optional<Account> findByUsername(String username) {
    return em.createNamedQuery("Account.byUsername", Account.class)
        .setParameter("username", Account.normalise(username))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Account> findByEmail(String email) {
    return em.createQuery("select a from Account a where a.email = :email", Account.class)
        .setParameter("email", Account.normaliseEmail(email))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Account> operatorsOf(long companyId) {
    return em.createQuery("select a from Account a where a.companyId = :company", Account.class)
        .setParameter("company", companyId)
        .getResultList();
  }

  @Override
  public void store(AccountToken token) {
    em.persist(token);
  }

  @Override
  public Optional<AccountToken> findToken(String secret) {
    return em.createQuery(
            "select t from AccountToken t where t.tokenHash = :hash", AccountToken.class)
        .setParameter("hash", AccountToken.hash(secret))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AccountToken> outstandingTokens(Account account, TokenPurpose purpose) {
    return em.createQuery(
            "select t from AccountToken t where t.account = :account and t.purpose = :purpose"
                + " and t.usedAt is null and t.revokedAt is null",
            AccountToken.class)
        .setParameter("account", account)
        .setParameter("purpose", purpose)
        .getResultList();
  }

  @Override
  public List<AccountToken> outstandingTokens(CompanyMembership membership) {
    return em.createQuery(
            "select t from AccountToken t where t.membership = :membership"
                + " and t.usedAt is null and t.revokedAt is null",
            AccountToken.class)
        .setParameter("membership", membership)
        .getResultList();
  }

  @Override
  public void store(CompanyMembership membership) {
    companyWrittenFirst();
    em.persist(membership);
  }

  @Override
  public Optional<CompanyMembership> findMembership(Account account, long companyId) {
    return em.createQuery(
            "select m from CompanyMembership m where m.account = :account"
                + " and m.companyId = :company",
            CompanyMembership.class)
        .setParameter("account", account)
        .setParameter("company", companyId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Long> acceptedCompanyIds(Account account) {
    return em.createQuery(
            "select m.companyId from CompanyMembership m where m.account = :account"
                + " and m.state = :accepted",
            Long.class)
        .setParameter("account", account)
        .setParameter("accepted", CompanyMembership.State.ACCEPTED)
        .getResultList();
  }

  @Override
  public long tokensIssuedSince(Account account, TokenPurpose purpose, LocalDateTime since) {
    return em.createQuery(
            "select count(t) from AccountToken t where t.account = :account"
                + " and t.purpose = :purpose and t.createdAt >= :since",
            Long.class)
        .setParameter("account", account)
        .setParameter("purpose", purpose)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public Account store(Account account) {
    if (account.getCompanyId().isPresent()) {
      companyWrittenFirst();
    }
    em.persist(account);
    return account;
  }

  /**
   * The company an account or membership names by id may have been created in the same transaction
   * (registration, legacy import, seed): no mapping tells the provider to insert it first, as the
   * foreign key wants, so what is pending is written now.
   */
  private void companyWrittenFirst() {
    em.flush();
  }

  @Override
  public Optional<LocalDateTime> credentialsChangedAt(String username) {
    return em.createQuery(
            "select a.credentialsChangedAt from Account a where a.username = :username",
            LocalDateTime.class)
        .setParameter("username", Account.normalise(username))
        .getResultStream()
        .findFirst();
  }

  @Override
  public LoginThrottles throttlesOf(LoginAttempt attempt) {
    return new LoginThrottles(
        throttle(ThrottleScope.USERNAME_AT_SOURCE, attempt),
        throttle(ThrottleScope.SOURCE, attempt),
        throttle(ThrottleScope.USERNAME, attempt));
  }

  private LoginThrottle throttle(ThrottleScope scope, LoginAttempt attempt) {
    var fresh = new LoginThrottle(scope, attempt);
    LoginThrottle stored = em.find(LoginThrottle.class, fresh.getKey());
    return stored != null ? stored : fresh;
  }

  @Override
  public void store(LoginThrottle throttle) {
    if (!em.contains(throttle)) {
      em.persist(throttle);
    }
  }
}
