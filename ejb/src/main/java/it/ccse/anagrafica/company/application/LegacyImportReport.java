package it.ccse.anagrafica.company.application;

import java.io.Serializable;
import java.util.List;

/** ON-7: what happened to each line of an imported file. */
public record LegacyImportReport(List<Line> lines) implements Serializable {

  public enum Outcome {
    IMPORTED,
    ALREADY_PRESENT,
    REJECTED
  }

  /** One data line; a rejection names the column and carries a message key of the bundles. */
  public record Line(
      long number,
      String codiceFiscale,
      Outcome outcome,
      String column,
      String messageKey,
      List<String> arguments)
      implements Serializable {}

  public long count(Outcome outcome) {
    return lines.stream().filter(l -> l.outcome() == outcome).count();
  }

  public List<Line> rejected() {
    return lines.stream().filter(l -> l.outcome() == Outcome.REJECTED).toList();
  }
}
