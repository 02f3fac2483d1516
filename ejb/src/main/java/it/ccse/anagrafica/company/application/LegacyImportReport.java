package it.ccse.anagrafica.company.application;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * ON-7: what happened to each line of an imported file of the legacy export (companies, sectors,
 * contacts, local units), each line by the codice fiscale of its company.
 */
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
      implements Serializable {

    public static Line imported(long number, String codiceFiscale) {
      return new Line(number, codiceFiscale, Outcome.IMPORTED, null, null, List.of());
    }

    public static Line alreadyPresent(long number, String codiceFiscale) {
      return new Line(number, codiceFiscale, Outcome.ALREADY_PRESENT, null, null, List.of());
    }

    /** A line refused by a rule, under the column that holds the value it refused, if known. */
    public static Line rejected(
        long number, String codiceFiscale, String column, InvalidValueException reason) {
      return new Line(
          number,
          codiceFiscale,
          Outcome.REJECTED,
          column,
          reason.messageKey(),
          Arrays.stream(reason.arguments()).map(String::valueOf).toList());
    }
  }

  public long count(Outcome outcome) {
    return lines.stream().filter(l -> l.outcome() == outcome).count();
  }

  /** What the audit trail records of an import. */
  public String summary() {
    return "imported "
        + count(Outcome.IMPORTED)
        + ", already present "
        + count(Outcome.ALREADY_PRESENT)
        + ", rejected "
        + count(Outcome.REJECTED);
  }

  public List<Line> rejected() {
    return lines.stream().filter(l -> l.outcome() == Outcome.REJECTED).toList();
  }
}
