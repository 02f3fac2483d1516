package it.ccse.anagrafica.accounts.infrastructure;

import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
  public Account store(Account account) {
    em.persist(account);
    return account;
  }

  @Override
  public LoginThrottle throttleOf(String username) {
    LoginThrottle throttle = em.find(LoginThrottle.class, Account.normalise(username));
    return throttle != null ? throttle : new LoginThrottle(username);
  }

  @Override
  public void store(LoginThrottle throttle) {
    if (!em.contains(throttle)) {
      em.persist(throttle);
    }
  }
}
