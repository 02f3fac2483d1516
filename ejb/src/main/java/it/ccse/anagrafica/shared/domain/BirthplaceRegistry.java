package it.ccse.anagrafica.shared.domain;

/**
 * Reference data for the birthplace of a codice fiscale: Italian comuni, including those that no
 * longer exist, and foreign states (Z codes).
 */
@FunctionalInterface
public interface BirthplaceRegistry {

  /**
   * Whether the codice catastale (Belfiore code, e.g. {@code L219}, {@code Z330}) was ever issued.
   */
  boolean isKnown(String codiceCatastale);
}
