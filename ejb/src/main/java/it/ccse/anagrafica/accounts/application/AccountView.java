package it.ccse.anagrafica.accounts.application;

import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.Role;
import java.util.Set;

/** What the portal shows of an account: never the hash. */
public record AccountView(
    Long id,
    String username,
    String email,
    String displayName,
    Set<Role> roles,
    Long companyId,
    String companyName) {

  public static AccountView of(Account account) {
    var company = account.getCompany();
    return new AccountView(
        account.getId(),
        account.getUsername(),
        account.getEmail(),
        account.getDisplayName(),
        Set.copyOf(account.getRoles()),
        company.map(c -> c.getId()).orElse(null),
        company.map(c -> c.getRagioneSociale()).orElse(null));
  }
}
