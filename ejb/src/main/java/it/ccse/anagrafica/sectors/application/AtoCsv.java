package it.ccse.anagrafica.sectors.application;

import it.ccse.anagrafica.sectors.domain.Ato;
import it.ccse.anagrafica.shared.application.csv.SemicolonRecords;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CCSE's list of ATOs as CSV (SE-3): lines {@code region;code;name;valid_from;valid_to} in the
 * {@link it.ccse.anagrafica.shared.application.csv.SemicolonCsv} dialect, an optional header line
 * starting with {@code region}, dates as {@code yyyy-MM-dd}, {@code valid_to} empty for an ATO
 * without end. A pure reader: a bad line is reported with its number and message key and skipped,
 * the others are answered, so the import can show the report before anything is stored.
 */
public final class AtoCsv {

  /** A line refused: its number (from 1) and why, as a key of the validation bundles. */
  public record Problem(long line, String messageKey) {}

  /** The ATOs read and the lines refused. */
  public record Result(List<Ato> atos, List<Problem> problems) {}

  private static final int FIELDS = 5;
  private static final Pattern REGION = Pattern.compile("[0-9]{2}");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");

  private AtoCsv() {}

  /**
   * @param regions the ISTAT codes of the regions, two digits each ("01" Piemonte)
   */
  public static Result read(Reader csv, Set<String> regions) {
    var atos = new ArrayList<Ato>();
    var problems = new ArrayList<Problem>();
    Set<String> codes = new HashSet<>();
    try (var rows = new SemicolonRecords(csv)) {
      while (rows.hasNext()) {
        var row = rows.next();
        var values = row.values();
        if (row.line() == 1 && values.get(0).equalsIgnoreCase("region")) {
          continue;
        }
        try {
          var ato = ato(values, regions);
          if (!codes.add(ato.getCode())) {
            throw new InvalidValueException("ato.csv.duplicate");
          }
          atos.add(ato);
        } catch (InvalidValueException e) {
          problems.add(new Problem(row.line(), e.messageKey()));
        }
      }
    }
    return new Result(atos, problems);
  }

  private static Ato ato(List<String> values, Set<String> regions) {
    if (values.size() != FIELDS) {
      throw new InvalidValueException("ato.csv.fields");
    }
    String region = values.get(0);
    if (!REGION.matcher(region).matches() || !regions.contains(region)) {
      throw new InvalidValueException("ato.csv.region");
    }
    String code = values.get(1).toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      throw new InvalidValueException("ato.csv.code");
    }
    String name;
    try {
      name = FreeText.ATO_NAME.normalised(values.get(2));
    } catch (InvalidValueException e) {
      throw new InvalidValueException("ato.csv.name");
    }
    var from = date(values.get(3));
    if (from == null) {
      throw new InvalidValueException("ato.csv.date");
    }
    return Ato.of(region, code, name, from, date(values.get(4)));
  }

  /** Null for an empty value. */
  private static LocalDate date(String value) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("ato.csv.date");
    }
  }
}
