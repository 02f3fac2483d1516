package it.ccse.anagrafica.categories.domain.obligations;

import java.io.Serializable;
import java.util.List;

/**
 * An access-time notice (DESIGN §2): shown after login and on the home page until the company has
 * declared what it asks; {@code subjects} lists the categories concerned, if any.
 */
public record FileNotice(Kind kind, List<String> subjects) implements Serializable {

  public enum Kind {
    /** TH-1: employee threshold not declared, company not above 10. */
    EMPLOYEE_THRESHOLD("TH-1"),
    /** VO-1: categories with no obligation, neither joined voluntarily nor deleted. */
    VOLUNTARY_CATEGORIES("VO-1"),
    /** AG-1: agricultural categories without the organised-circuit declaration. */
    AGRICULTURAL_CIRCUIT("AG-1");

    private final String requirement;

    Kind(String requirement) {
      this.requirement = requirement;
    }

    /** The requirement's id, which e-mails quote since it reads the same in every language. */
    public String requirement() {
      return requirement;
    }
  }

  /** One line of an e-mail: the requirement and the categories concerned. */
  public String line() {
    return subjects.isEmpty()
        ? kind.requirement()
        : kind.requirement() + ": " + String.join("; ", subjects);
  }
}
