package it.ccse.anagrafica.shared.application.csv;

import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * ON-7: the files of the legacy registry's export (docs/legacy-import.md): UTF-8 (a byte-order mark
 * allowed), the {@link SemicolonCsv} dialect, a header naming the columns in any order, blank lines
 * ignored. A line that cannot be read becomes a row with its error; a file that cannot be read at
 * all is refused as a whole with the reason (field {@code file}).
 */
public final class LegacyCsv {

  /**
   * A data line: its number as an editor shows it (the header is line 1), and its values by column
   * (blank values absent) or its error.
   */
  public record Row(long line, Map<String, String> values, InvalidFieldException error) {

    /** The value of a column, stripped; null when blank or absent. */
    public String value(String column) {
      return values.get(column);
    }

    /** The first of these columns without a value, in their order. */
    public Optional<String> missing(Collection<String> required) {
      return required.stream().filter(c -> value(c) == null).findFirst();
    }
  }

  private static final CSVFormat FORMAT =
      SemicolonCsv.withHeader().setIgnoreEmptyLines(false).get();

  private LegacyCsv() {}

  /**
   * @param required the columns the header must name, in the order a refusal lists them
   * @throws InvalidFieldException on field {@code file}: not UTF-8, not CSV, a required column
   *     missing from the header, no data line
   */
  public static List<Row> read(byte[] content, Collection<String> required) {
    String text = decode(content);
    try (var parser = FORMAT.parse(new StringReader(text))) {
      requireColumns(parser.getHeaderMap(), required);
      List<Row> rows = new ArrayList<>();
      var lines = new LineCounter(text);
      for (CSVRecord record : parser) {
        if (record.stream().allMatch(LegacyCsv::isBlank)) {
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
          Map.of(),
          new InvalidFieldException(
              "file",
              "legacyImport.columnCount",
              record.size(),
              record.getParser().getHeaderNames().size()));
    }
    Map<String, String> values = new HashMap<>();
    record
        .toMap()
        .forEach(
            (column, value) -> {
              if (!isBlank(value)) {
                values.put(column, value.strip());
              }
            });
    return new Row(line, Map.copyOf(values), null);
  }

  private static void requireColumns(Map<String, Integer> header, Collection<String> required) {
    String missing =
        required.stream().filter(c -> !header.containsKey(c)).collect(Collectors.joining(", "));
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
