package it.ccse.anagrafica.company.application.internal;

import it.ccse.anagrafica.company.domain.CompanyData;
import it.ccse.anagrafica.shared.application.csv.SemicolonCsv;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * ON-7: the legacy registry's CSV export (docs/legacy-import.md): UTF-8, {@code ;}, a header naming
 * the columns in any order. A line that cannot be read becomes a row with its error; a file that
 * cannot be read at all is refused with the reason (field {@code file}).
 */
final class LegacyOperatorFile {

  /** A column, the "Dati societari" field it fills, and whether the legacy registry had it. */
  enum Column {
    CODICE_FISCALE("codiceFiscale", true, CompanyData::setCodiceFiscale),
    PARTITA_IVA("partitaIva", true, CompanyData::setPartitaIva),
    RAGIONE_SOCIALE("ragioneSociale", true, CompanyData::setRagioneSociale),
    FORMA_GIURIDICA("legalForm", true, CompanyData::setLegalForm),
    INDIRIZZO("street", true, CompanyData::setStreet),
    CIVICO("streetNumber", true, CompanyData::setStreetNumber),
    CAP("cap", true, CompanyData::setCap),
    COMUNE_ISTAT("comuneIstatCode", true, CompanyData::setComuneIstatCode),
    LEGALE_RAPPRESENTANTE_NOME(
        "legalRepName", true, (d, v) -> d.getLegalRepresentative().setName(v)),
    LEGALE_RAPPRESENTANTE_COGNOME(
        "legalRepSurname", true, (d, v) -> d.getLegalRepresentative().setSurname(v)),
    LEGALE_RAPPRESENTANTE_CODICE_FISCALE(
        "legalRepCodiceFiscale", true, (d, v) -> d.getLegalRepresentative().setCodiceFiscale(v)),
    EMAIL("email", true, CompanyData::setEmail),
    PEC("pec", true, CompanyData::setPec),
    TELEFONO("phone", false, CompanyData::setPhone),
    REFERENTE_NOME("contactName", false, (d, v) -> d.getContactPerson().setName(v)),
    REFERENTE_COGNOME("contactSurname", false, (d, v) -> d.getContactPerson().setSurname(v)),
    REFERENTE_TELEFONO("contactPhone", false, (d, v) -> d.getContactPerson().setPhone(v)),
    REFERENTE_EMAIL("contactEmail", false, (d, v) -> d.getContactPerson().setEmail(v)),
    IBAN("iban", false, (d, v) -> d.getBankAccount().setIban(v)),
    BANCA("bankName", false, (d, v) -> d.getBankAccount().setBankName(v));

    private final String field;
    private final boolean required;
    private final BiConsumer<CompanyData, String> setter;

    Column(String field, boolean required, BiConsumer<CompanyData, String> setter) {
      this.field = field;
      this.required = required;
      this.setter = setter;
    }

    /** The name in the header. */
    String header() {
      return name().toLowerCase(Locale.ROOT);
    }

    boolean required() {
      return required;
    }

    /** The column of a "Dati societari" field, as named by the rules that refuse a value. */
    static String ofField(String field) {
      if ("comune".equals(field)) {
        return COMUNE_ISTAT.header();
      }
      return Arrays.stream(values())
          .filter(c -> c.field.equals(field))
          .findFirst()
          .map(Column::header)
          .orElse(field);
    }
  }

  /** A data line: its number in the file (the header is line 1), and its data or its error. */
  record Row(long line, CompanyData data, InvalidFieldException error) {

    Optional<String> missingColumn() {
      var values = data.fields();
      return Arrays.stream(Column.values())
          .filter(c -> c.required() && isBlank(values.get(c.field)))
          .findFirst()
          .map(Column::header);
    }
  }

  private static final CSVFormat FORMAT =
      SemicolonCsv.withHeader().setIgnoreEmptyLines(false).get();

  private LegacyOperatorFile() {}

  static List<Row> read(byte[] content) {
    String text = decode(content);
    try (var parser = FORMAT.parse(new StringReader(text))) {
      requireColumns(parser.getHeaderMap());
      List<Row> rows = new ArrayList<>();
      var lines = new LineCounter(text);
      for (CSVRecord record : parser) {
        if (record.stream().allMatch(LegacyOperatorFile::isBlank)) {
          continue;
        }
        rows.add(row(record, lines.lineAt(record.getCharacterPosition())));
      }
      if (rows.isEmpty()) {
        throw new InvalidFieldException("file", "legacyImport.noRows");
      }
      return rows;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new InvalidFieldException("file", "legacyImport.unreadable", e.getMessage());
    }
  }

  private static Row row(CSVRecord record, long line) {
    if (!record.isConsistent()) {
      return new Row(
          line,
          null,
          new InvalidFieldException(
              "file",
              "legacyImport.columnCount",
              record.size(),
              record.getParser().getHeaderNames().size()));
    }
    var data = new CompanyData();
    for (Column column : Column.values()) {
      if (record.isMapped(column.header())) {
        String value = record.get(column.header());
        column.setter.accept(data, isBlank(value) ? null : value);
      }
    }
    return new Row(line, data, null);
  }

  private static void requireColumns(Map<String, Integer> header) {
    String missing =
        Arrays.stream(Column.values())
            .filter(c -> c.required() && !header.containsKey(c.header()))
            .map(Column::header)
            .collect(Collectors.joining(", "));
    if (!missing.isEmpty()) {
      throw new InvalidFieldException("file", "legacyImport.missingColumns", missing);
    }
  }

  /**
   * Strictly UTF-8 (a legacy export in Windows-1252 would garble names), byte-order mark allowed.
   */
  private static String decode(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InvalidFieldException("file", "legacyImport.notUtf8");
    }
  }

  /**
   * Line numbers as an editor shows them: blank lines (kept by the parser only so that positions
   * stay exact, then skipped) and quoted line breaks count.
   */
  private static final class LineCounter {
    private final String text;
    private int position;
    private long line = 1;

    LineCounter(String text) {
      this.text = text;
    }

    long lineAt(long characterPosition) {
      for (; position < characterPosition; position++) {
        if (text.charAt(position) == '\n') {
          line++;
        }
      }
      return line;
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
