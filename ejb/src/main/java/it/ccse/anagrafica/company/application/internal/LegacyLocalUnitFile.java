package it.ccse.anagrafica.company.application.internal;

import it.ccse.anagrafica.shared.application.csv.LegacyCsv;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * ON-7: the legacy registry's local units file (docs/legacy-import.md, "Unità locali"), read as
 * every file of the export is ({@link LegacyCsv}); a line's values are checked by the company and
 * its address by the ISTAT data, as MD-12's new local unit.
 */
final class LegacyLocalUnitFile {

  /** A column, the field of the rules that refuse its value, and whether it is required. */
  enum Column {
    CODICE_FISCALE("codiceFiscale", true),
    ID_UNITA("legacyKey", true),
    NOME("name", true),
    INDIRIZZO("street", true),
    CIVICO("streetNumber", true),
    CAP("cap", true),
    COMUNE_ISTAT("comune", true),
    ULA("employees", false);

    private final String field;
    private final boolean required;

    Column(String field, boolean required) {
      this.field = field;
      this.required = required;
    }

    String header() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The column holding the value a rule refused, named by the rule's field. */
    static String ofField(String field) {
      return Arrays.stream(values())
          .filter(c -> c.field.equals(field))
          .findFirst()
          .map(Column::header)
          .orElse(field);
    }
  }

  /** A line's values, as written; {@code employees} null when not given. */
  record LocalUnitLine(
      String codiceFiscale,
      String legacyKey,
      String name,
      String street,
      String streetNumber,
      String cap,
      String comuneIstatCode,
      Integer employees) {}

  private static final List<String> REQUIRED =
      Arrays.stream(Column.values()).filter(c -> c.required).map(Column::header).toList();

  private LegacyLocalUnitFile() {}

  static List<LegacyCsv.Row> read(byte[] content) {
    return LegacyCsv.read(content, REQUIRED);
  }

  /**
   * The line's values: a required one missing or a ULA that is not a whole number from 0 is refused
   * on its field.
   */
  static LocalUnitLine localUnit(LegacyCsv.Row row) {
    if (row.error() != null) {
      throw row.error();
    }
    for (Column column : Column.values()) {
      if (column.required && row.value(column.header()) == null) {
        throw new InvalidFieldException(column.field, "validation.required");
      }
    }
    return new LocalUnitLine(
        row.value(Column.CODICE_FISCALE.header()),
        row.value(Column.ID_UNITA.header()),
        row.value(Column.NOME.header()),
        row.value(Column.INDIRIZZO.header()),
        row.value(Column.CIVICO.header()),
        row.value(Column.CAP.header()),
        row.value(Column.COMUNE_ISTAT.header()),
        employees(row.value(Column.ULA.header())));
  }

  private static Integer employees(String value) {
    if (value == null) {
      return null;
    }
    try {
      int employees = Integer.parseInt(value);
      if (employees >= 0) {
        return employees;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidFieldException("employees", "legacyImport.ula");
  }
}
