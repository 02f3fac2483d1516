package it.ccse.anagrafica.registry.domain.register;

import java.util.Arrays;
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
    String normal = SEPARATORS.matcher(text.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.label.equals(normal)).findFirst();
  }

  public String label() {
    return label;
  }

  /** BA-2: a ceased company is flagged in the registry. */
  public boolean isCeased() {
    return this == CESSATA;
  }
}
