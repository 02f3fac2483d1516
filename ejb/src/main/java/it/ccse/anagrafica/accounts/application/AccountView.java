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

  /** The company's name is the operator's company's, null for delegates and staff. */
  public static AccountView of(Account account, String companyName) {
    return new AccountView(
        account.getId(),
        account.getUsername(),
        account.getEmail(),
        account.getDisplayName(),
        Set.copyOf(account.getRoles()),
        account.getCompanyId().orElse(null),
        companyName);
  }
}
