package it.ccse.anagrafica.accounts.application;

import it.ccse.anagrafica.accounts.domain.Role;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/** Account lifecycle and the signed-in user's profile. */
public interface AccountService {

  /**
   * Creates an active account (staff, seed and tests); the company is by id when not staff, a
   * delegate's as an accepted membership; the signing PIN is null for staff, who sign nothing.
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

  /**
   * "Cambia Password" (ON-6); an {@code InvalidValueException} names what is wrong, a wrong current
   * password counts toward the login's throttling from {@code source}, the client's address. Other
   * sessions of the account end, its reset links die and the holder is told by e-mail (issue 15).
   * Returns the new credentials stamp, which keeps the caller's own session signed in.
   */
  LocalDateTime changePassword(String username, char[] current, char[] replacement, String source);

  /**
   * Change of the signing PIN, confirmed by password and current PIN, whose failures count toward
   * the login's throttling (from {@code source}) and the signature's lock-out; the holder is told
   * by e-mail (issue 15).
   */
  void changePin(String username, char[] password, char[] currentPin, char[] newPin, String source);
}
