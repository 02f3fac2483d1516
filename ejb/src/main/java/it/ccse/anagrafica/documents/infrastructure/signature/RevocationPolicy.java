package it.ccse.anagrafica.documents.infrastructure.signature;

import java.util.Arrays;
import java.util.Locale;

/**
 * Whether the signer's certificate is checked for revocation, as {@code
 * anagrafica.signature.revocation} says: {@code off}, {@code check} or {@code require}.
 */
public enum RevocationPolicy {
  /** Not checked: for hosts that cannot reach the certification authorities. */
  OFF,
  /**
   * Checked against the revocation list the certificate names; a revoked certificate is refused,
   * one whose status cannot be learnt (no list named, list unreachable or unusable) is accepted.
   */
  CHECK,
  /** As {@link #CHECK}, but a certificate whose status cannot be learnt is refused too. */
  REQUIRE;

  /** The policy named in configuration, in any case. */
  public static RevocationPolicy of(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Revocation policy '"
              + name
              + "' is none of "
              + Arrays.toString(values()).toLowerCase(Locale.ROOT),
          e);
    }
  }

  boolean isChecked() {
    return this != OFF;
  }

  boolean acceptsUnknownStatus() {
    return this != REQUIRE;
  }
}
