package it.ccse.anagrafica.shared.infrastructure.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV dialect of every file CCSE exchanges (legacy registry, Business Register extracts): RFC
 * 4180 with {@code ;}, a header naming the columns in any order, values trimmed.
 */
public final class SemicolonCsv {

  private SemicolonCsv() {}

  /** The dialect: {@code ;} between values, RFC 4180 quotes, values trimmed. */
  public static CSVFormat.Builder dialect() {
    return CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true);
  }

  /** The dialect with its header line; each reader adds what it does with empty lines. */
  public static CSVFormat.Builder withHeader() {
    return dialect().setHeader().setSkipHeaderRecord(true);
  }

  /**
   * A downloadable file in the same dialect: UTF-8 with a byte order mark, so spreadsheet programs
   * read accented letters right.
   */
  public static byte[] write(List<String> header, List<? extends List<?>> rows) {
    var out = new StringWriter();
    out.write('\uFEFF');
    var format =
        CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(header.toArray(String[]::new));
    try (var printer = new CSVPrinter(out, format.get())) {
      for (List<?> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
