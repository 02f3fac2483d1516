package it.ccse.anagrafica.accounts.application;

import it.ccse.anagrafica.accounts.domain.Role;
import java.util.Optional;
import java.util.Set;

/** Account lifecycle and the signed-in user's profile. */
public interface AccountService {

  /**
   * Creates an active account (staff, seed and tests); the company is by id when not staff; the
   * signing PIN is null for staff, who sign nothing.
   */
  AccountView createActiveAccount(
      String username,
      String email,
      String displayName,
      Set<Role> roles,
      Long companyId,
      char[] password,
      char[] pin);

  Optional<AccountView> findByUsername(String username);

  /** "Cambia Password" (ON-6); an {@code InvalidValueException} names what is wrong. */
  void changePassword(String username, char[] current, char[] replacement);

  /** Change of the signing PIN, confirmed by the password. */
  void changePin(String username, char[] password, char[] newPin);
}
