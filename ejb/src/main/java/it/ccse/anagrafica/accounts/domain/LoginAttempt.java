package it.ccse.anagrafica.accounts.domain;

import java.util.Locale;

/**
 * ON-4: a username as typed (normalised like the accounts', known or not) and the network address
 * it came from, as the web tier saw it.
 */
public record LoginAttempt(String username, String source) {

  /** The longest IPv6 text form: anything longer is not an address and is cut. */
  private static final int SOURCE_LENGTH = 45;

  public LoginAttempt {
    username = Account.normalise(username);
    source = normaliseSource(source);
  }

  private static String normaliseSource(String source) {
    String compact = source == null ? "" : source.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    if (compact.isEmpty()) {
      return "unknown";
    }
    return compact.length() > SOURCE_LENGTH ? compact.substring(0, SOURCE_LENGTH) : compact;
  }
}
