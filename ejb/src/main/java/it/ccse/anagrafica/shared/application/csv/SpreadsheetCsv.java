package it.ccse.anagrafica.shared.application.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the portal offers for download, to be opened in a spreadsheet program: the {@link
 * SemicolonCsv} dialect in UTF-8 with a byte order mark, so that accented letters read right, and
 * no cell that a spreadsheet would run as a formula. Values come from operators and from imported
 * files, so one that starts as a formula does ({@code =HYPERLINK(…)} in a ragione sociale) is
 * written with a leading {@code '} (OWASP, CSV injection) and shows as the text it is.
 */
public final class SpreadsheetCsv {

  /** What a spreadsheet reads as the start of a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetCsv() {}

  public static byte[] write(List<String> header, List<? extends List<String>> rows) {
    var out = new StringWriter();
    out.write('\uFEFF');
    // Printed as given: trimming after the check could bring a formula to the front.
    var format = SemicolonCsv.dialect().setTrim(false).setHeader(header.toArray(String[]::new));
    try (var printer = new CSVPrinter(out, format.get())) {
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(SpreadsheetCsv::cell));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The value as a cell: as it is, unless a spreadsheet would take it for a formula. */
  static String cell(String value) {
    if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
      return value;
    }
    return "'" + value;
  }
}
