package it.ccse.anagrafica.reconciliation.application;

import it.ccse.anagrafica.reconciliation.domain.ActivityStatus;
import it.ccse.anagrafica.reconciliation.domain.RegisterRow;
import it.ccse.anagrafica.shared.application.csv.SemicolonRecords;
import it.ccse.anagrafica.shared.domain.Cap;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import it.ccse.anagrafica.shared.domain.Pec;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * BA-1: a Business Register extract (docs/business-register-extract.md) read as a stream, one
 * record at a time, so memory does not grow with the file. Each data line comes out accepted, as a
 * {@link RegisterRow}, or rejected with its line number, column, value and reason (a key of the
 * {@code i18n/validation} bundle). A file without the required columns is refused at once.
 */
public final class RegisterExtract implements Iterator<RegisterExtract.Entry>, AutoCloseable {

  /** The columns, by header name; the required ones must be present and filled. */
  public enum Column {
    CODICE_FISCALE(true),
    PARTITA_IVA(true),
    DENOMINAZIONE(true),
    FORMA_GIURIDICA(true),
    CCIAA(true),
    REA(true),
    INDIRIZZO(true),
    CIVICO(false),
    CAP(true),
    COMUNE_ISTAT(true),
    PEC(false),
    STATO_ATTIVITA(true),
    DATA_ISCRIZIONE(true),
    DATA_CESSAZIONE(false),
    ATECO(false),
    LEGALE_RAPPRESENTANTE_CF(false);

    private final boolean required;
    private final String header;

    Column(boolean required) {
      this.required = required;
      this.header = name().toLowerCase(Locale.ROOT);
    }

    public String header() {
      return header;
    }
  }

  /** A data line of the extract: where it ends in the file (the header is line 1). */
  public sealed interface Entry {
    long line();
  }

  public record Accepted(long line, RegisterRow row) implements Entry {}

  public record Rejected(
      long line, String column, String value, String reasonKey, List<Object> arguments)
      implements Entry {}

  /** Italian extracts write dates either way. */
  private static final List<DateTimeFormatter> DATES =
      List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd/MM/uuuu"));

  private final SemicolonRecords records;
  private final int columns;
  private final Predicate<String> knownComune;

  /** Where each column is in a record, -1 when the file lacks it: looked up once, not per line. */
  private final int[] positions = new int[Column.values().length];

  private RegisterExtract(
      SemicolonRecords records, List<String> headers, Predicate<String> knownComune) {
    this.records = records;
    this.columns = headers.size();
    this.knownComune = knownComune;
    for (Column column : Column.values()) {
      positions[column.ordinal()] = headers.indexOf(column.header());
    }
  }

  /**
   * Opens an extract, checking its header.
   *
   * @param knownComune whether an ISTAT comune code exists
   * @throws InvalidFieldException field {@code file}: unreadable, or required columns missing
   */
  public static RegisterExtract open(Reader reader, Predicate<String> knownComune) {
    var records = new SemicolonRecords(reader);
    try {
      List<String> headers = records.hasNext() ? records.next().values() : List.of();
      var missing =
          Arrays.stream(Column.values())
              .filter(c -> c.required && !headers.contains(c.header()))
              .map(Column::header)
              .toList();
      if (!missing.isEmpty()) {
        throw new InvalidFieldException(
            "file", "register.missingColumns", String.join(", ", missing));
      }
      return new RegisterExtract(records, headers, knownComune);
    } catch (UncheckedIOException e) {
      throw new InvalidFieldException("file", "register.unreadable", e.getMessage());
    }
  }

  /** Passes over the first {@code count} data records, to resume from a checkpoint. */
  public RegisterExtract skip(long count) {
    for (long i = 0; i < count && records.hasNext(); i++) {
      records.next();
    }
    return this;
  }

  @Override
  public boolean hasNext() {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw new InvalidFieldException("file", "register.unreadable", e.getMessage());
    }
  }

  @Override
  public Entry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SemicolonRecords.Row record = records.next();
    long line = record.line();
    if (record.values().size() != columns) {
      return new Rejected(
          line, "", "", "register.columnCount", List.of(record.values().size(), columns));
    }
    try {
      return new Accepted(line, row(record));
    } catch (RejectedValue e) {
      return new Rejected(
          line,
          e.column.header(),
          e.value,
          e.refusal.messageKey(),
          Arrays.asList(e.refusal.arguments()));
    }
  }

  private RegisterRow row(SemicolonRecords.Row record) {
    LocalDate registered = value(record, Column.DATA_ISCRIZIONE, RegisterExtract::date);
    LocalDate ceased = value(record, Column.DATA_CESSAZIONE, RegisterExtract::date);
    if (ceased != null && ceased.isBefore(registered)) {
      throw new RejectedValue(
          Column.DATA_CESSAZIONE,
          text(record, Column.DATA_CESSAZIONE),
          new InvalidValueException("register.ceasedBeforeRegistered"));
    }
    return new RegisterRow(
        value(record, Column.CODICE_FISCALE, v -> CodiceFiscale.of(v).value()),
        value(record, Column.PARTITA_IVA, v -> PartitaIva.of(v).value()),
        value(record, Column.DENOMINAZIONE, v -> v),
        value(record, Column.FORMA_GIURIDICA, v -> v),
        value(record, Column.CCIAA, v -> v.toUpperCase(Locale.ROOT)),
        value(record, Column.REA, v -> v),
        value(record, Column.INDIRIZZO, v -> v),
        value(record, Column.CIVICO, v -> v),
        value(record, Column.CAP, v -> Cap.of(v).value()),
        value(record, Column.COMUNE_ISTAT, this::comune),
        value(record, Column.PEC, v -> Pec.of(v).value()),
        value(record, Column.STATO_ATTIVITA, RegisterExtract::status),
        registered,
        ceased,
        value(record, Column.ATECO, v -> v),
        value(record, Column.LEGALE_RAPPRESENTANTE_CF, v -> CodiceFiscale.of(v).value()));
  }

  /** The column's value through its rule; null when blank and optional. */
  private <T> T value(SemicolonRecords.Row record, Column column, Function<String, T> rule) {
    String text = text(record, column);
    if (text.isEmpty()) {
      if (column.required) {
        throw new RejectedValue(column, text, new InvalidValueException("validation.required"));
      }
      return null;
    }
    try {
      return rule.apply(text);
    } catch (InvalidValueException e) {
      throw new RejectedValue(column, text, e);
    }
  }

  private String text(SemicolonRecords.Row record, Column column) {
    int position = positions[column.ordinal()];
    return position < 0 ? "" : record.values().get(position);
  }

  private String comune(String code) {
    if (!knownComune.test(code)) {
      throw new InvalidValueException("register.unknownComune");
    }
    return code;
  }

  private static ActivityStatus status(String text) {
    return ActivityStatus.of(text)
        .orElseThrow(() -> new InvalidValueException("register.badStatus"));
  }

  private static LocalDate date(String text) {
    if (isoDate(text)) {
      // The usual form, read without a formatter: a million extract lines carry two dates each.
      try {
        return LocalDate.of(
            Integer.parseInt(text, 0, 4, 10),
            Integer.parseInt(text, 5, 7, 10),
            Integer.parseInt(text, 8, 10, 10));
      } catch (DateTimeException e) {
        throw new InvalidValueException("register.badDate");
      }
    }
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException e) {
        // the next format may read it
      }
    }
    throw new InvalidValueException("register.badDate");
  }

  /** {@code uuuu-MM-dd} with a four-digit year: what ISO_LOCAL_DATE reads strictly. */
  private static boolean isoDate(String text) {
    if (text.length() != 10) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    records.close();
  }

  /** A value a rule refused, with the column it came from. */
  private static final class RejectedValue extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Column column;
    private final String value;
    private final transient InvalidValueException refusal;

    RejectedValue(Column column, String value, InvalidValueException refusal) {
      super(refusal.messageKey(), null, false, false);
      this.column = column;
      this.value = value;
      this.refusal = refusal;
    }
  }
}
