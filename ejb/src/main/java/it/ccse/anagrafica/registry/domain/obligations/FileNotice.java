package it.ccse.anagrafica.registry.domain.obligations;

import java.io.Serializable;
import java.util.List;

/**
 * An access-time notice (DESIGN §2): shown after login and on the home page until the company has
 * declared what it asks; {@code subjects} lists the categories concerned, if any.
 */
public record FileNotice(Kind kind, List<String> subjects) implements Serializable {

  public enum Kind {
    /** TH-1: employee threshold not declared, company not above 10. */
    EMPLOYEE_THRESHOLD,
    /** VO-1: categories with no obligation, neither joined voluntarily nor deleted. */
    VOLUNTARY_CATEGORIES,
    /** AG-1: agricultural categories without the organised-circuit declaration. */
    AGRICULTURAL_CIRCUIT
  }
}
