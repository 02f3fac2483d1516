package it.ccse.anagrafica.reconciliation.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** "Stato attività" of a company in the Business Register, as the extract spells it. */
public enum ActivityStatus {
  ATTIVA("ATTIVA"),
  INATTIVA("INATTIVA"),
  SOSPESA("SOSPESA"),
  IN_LIQUIDAZIONE("IN LIQUIDAZIONE"),
  CESSATA("CESSATA");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");

  private final String label;

  ActivityStatus(String label) {
    this.label = label;
  }

  /** The status written in the extract, in any case and spacing. */
  public static Optional<ActivityStatus> of(String text) {
    if (text == null) {
      return Optional.empty();
    }
    // Read once per line of an extract: the usual spelling is found without a regular expression.
    Optional<ActivityStatus> exact = labelled(text);
    return exact.isPresent()
        ? exact
        : labelled(SEPARATORS.matcher(text.strip()).replaceAll(" ").toUpperCase(Locale.ROOT));
  }

  private static Optional<ActivityStatus> labelled(String text) {
    for (ActivityStatus status : values()) {
      if (status.label.equals(text)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  public String label() {
    return label;
  }

  /** BA-2: a ceased company is flagged in the registry. */
  public boolean isCeased() {
    return this == CESSATA;
  }
}
