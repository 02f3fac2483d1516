package it.ccse.anagrafica.sectors.application.internal;

import it.ccse.anagrafica.sectors.application.SectorViews.AtoChoice;
import it.ccse.anagrafica.sectors.domain.LegalNature;
import it.ccse.anagrafica.shared.application.csv.LegacyCsv;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ON-7: the legacy registry's sectors and contacts files (docs/legacy-import.md), read as every
 * file of the export is ({@link LegacyCsv}). A pure reader: it splits a line into the values the
 * sector's rules check, refusing on its field (and so its column) what it cannot read: a date, a
 * legal nature, an ATO that is not {@code SERVIZIO:ATO}.
 */
final class LegacySectorFiles {

  /** A column, the field of the rules that refuse its value, and whether it is required. */
  record Column(String header, String field, boolean required) {}

  static final List<Column> SECTORS =
      List.of(
          new Column("codice_fiscale", "codiceFiscale", true),
          new Column("id_settore", "legacyKey", true),
          new Column("tipologia", "type", true),
          new Column("servizi", "services", false),
          new Column("data_inizio", "startDate", true),
          new Column("natura_giuridica", "legalNature", true),
          new Column("ato", "ato", false),
          new Column("iban", "iban", false),
          new Column("banca", "bankName", false),
          new Column("note", "note", false));

  static final List<Column> CONTACTS =
      List.of(
          new Column("codice_fiscale", "codiceFiscale", true),
          new Column("id_settore", "legacyKey", true),
          new Column("nome", "contactName", true),
          new Column("cognome", "contactSurname", true),
          new Column("ruolo", "contactRole", true),
          new Column("telefono", "contactPhone", false),
          new Column("email", "contactEmail", false));

  /** A sector's line: the codes as written (upper case), the date and nature read. */
  record SectorLine(
      String codiceFiscale,
      String legacyKey,
      String typeCode,
      List<String> serviceCodes,
      LocalDate startDate,
      LegalNature legalNature,
      List<AtoChoice> atos,
      String iban,
      String bankName,
      String note) {}

  /** A contact's line, as written; {@code phone} or {@code email} may be null. */
  record ContactLine(
      String codiceFiscale,
      String legacyKey,
      String name,
      String surname,
      String role,
      String phone,
      String email) {}

  private static final Pattern LIST = Pattern.compile("\\s*,\\s*");
  private static final DateTimeFormatter ITALIAN =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private LegacySectorFiles() {}

  static List<LegacyCsv.Row> read(byte[] content, List<Column> columns) {
    return LegacyCsv.read(
        content, columns.stream().filter(Column::required).map(Column::header).toList());
  }

  /** The column of a field a rule refused; an ATO's service is in the {@code ato} column. */
  static String column(List<Column> columns, String field) {
    if ("service".equals(field)) {
      return "ato";
    }
    return columns.stream()
        .filter(c -> c.field().equals(field))
        .findFirst()
        .map(Column::header)
        .orElse(field);
  }

  static SectorLine sector(LegacyCsv.Row row) {
    requireValues(row, SECTORS);
    return new SectorLine(
        row.value("codice_fiscale"),
        row.value("id_settore"),
        row.value("tipologia").toUpperCase(Locale.ROOT),
        codes(row.value("servizi")),
        date(row.value("data_inizio")),
        legalNature(row.value("natura_giuridica")),
        atos(row.value("ato")),
        row.value("iban"),
        row.value("banca"),
        row.value("note"));
  }

  static ContactLine contact(LegacyCsv.Row row) {
    requireValues(row, CONTACTS);
    return new ContactLine(
        row.value("codice_fiscale"),
        row.value("id_settore"),
        row.value("nome"),
        row.value("cognome"),
        row.value("ruolo"),
        row.value("telefono"),
        row.value("email"));
  }

  private static void requireValues(LegacyCsv.Row row, List<Column> columns) {
    if (row.error() != null) {
      throw row.error();
    }
    for (Column column : columns) {
      if (column.required() && row.value(column.header()) == null) {
        throw new InvalidFieldException(column.field(), "validation.required");
      }
    }
  }

  /** Codes separated by {@code ,}, in upper case; none for an empty value. */
  private static List<String> codes(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(LIST.split(value.strip()))
        .filter(code -> !code.isEmpty())
        .map(code -> code.toUpperCase(Locale.ROOT))
        .toList();
  }

  /** {@code yyyy-MM-dd} as the ATO list, or {@code dd/MM/yyyy} as the legacy registry wrote it. */
  static LocalDate date(String value) {
    try {
      return value.contains("/") ? LocalDate.parse(value, ITALIAN) : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException("startDate", "legacyImport.date", value);
    }
  }

  private static LegalNature legalNature(String value) {
    String name = value.strip().replace(' ', '_');
    return Arrays.stream(LegalNature.values())
        .filter(n -> n.name().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidFieldException(
                    "legalNature",
                    "legacyImport.legalNature",
                    String.join(
                        ", ", Arrays.stream(LegalNature.values()).map(Enum::name).toList())));
  }

  /** {@code SERVIZIO:ATO} pairs separated by {@code ,}. */
  private static List<AtoChoice> atos(String value) {
    var atos = new ArrayList<AtoChoice>();
    for (String pair : codes(value)) {
      String[] parts = pair.split(":", -1);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new InvalidFieldException("ato", "legacyImport.atoPair", pair);
      }
      atos.add(new AtoChoice(parts[0].strip(), parts[1].strip()));
    }
    return atos;
  }
}
