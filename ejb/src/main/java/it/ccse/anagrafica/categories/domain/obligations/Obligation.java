package it.ccse.anagrafica.categories.domain.obligations;

import java.io.Serializable;

/**
 * The "Obbligo" of a category (MD-11), always derived, never stored: mandatory, or voluntary (the
 * company joins voluntarily or deletes the category, VO-1); with the reason in words (a key of the
 * {@code i18n/validation} bundle) and whether a declaration is still missing (TH-1, AG-1).
 */
public record Obligation(Kind kind, String reasonKey, boolean awaitsDeclaration)
    implements Serializable {

  public enum Kind {
    MANDATORY,
    VOLUNTARY
  }

  static Obligation mandatory(String reasonKey) {
    return new Obligation(Kind.MANDATORY, reasonKey, false);
  }

  static Obligation voluntary(String reasonKey) {
    return new Obligation(Kind.VOLUNTARY, reasonKey, false);
  }

  static Obligation undeclared(String reasonKey) {
    return new Obligation(Kind.VOLUNTARY, reasonKey, true);
  }

  public boolean isMandatory() {
    return kind == Kind.MANDATORY;
  }
}
