package it.ccse.anagrafica.accounts.domain;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.util.Locale;

/**
 * What a new password must be: at least 10 characters with letters and digits or symbols, not
 * containing the username (AgID guidelines for credentials, NIST SP 800-63B on length).
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;

  private PasswordPolicy() {}

  public static void check(char[] password, String username) {
    String value = new String(password);
    if (value.length() < MIN_LENGTH) {
      throw new InvalidValueException("account.password.tooShort", MIN_LENGTH);
    }
    boolean letter = value.chars().anyMatch(Character::isLetter);
    boolean other = value.chars().anyMatch(c -> !Character.isLetter(c));
    if (!letter || !other) {
      throw new InvalidValueException("account.password.composition");
    }
    String name = Account.normalise(username);
    if (!name.isEmpty() && value.toLowerCase(Locale.ROOT).contains(name)) {
      throw new InvalidValueException("account.password.containsUsername");
    }
  }
}
