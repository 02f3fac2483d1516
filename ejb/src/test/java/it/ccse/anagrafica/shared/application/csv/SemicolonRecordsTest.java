package it.ccse.anagrafica.shared.application.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BA-1: plain lines split directly read as commons-csv reads the whole file. */
class SemicolonRecordsTest {

  private static List<SemicolonRecords.Row> read(String text) {
    try (var records = new SemicolonRecords(new StringReader(text))) {
      List<SemicolonRecords.Row> rows = new ArrayList<>();
      records.forEachRemaining(rows::add);
      return rows;
    }
  }

  /** The reference: commons-csv in the same dialect, reading the whole text. */
  private static List<SemicolonRecords.Row> commonsCsv(String text) throws IOException {
    var format =
        CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true).setIgnoreEmptyLines(true).get();
    List<SemicolonRecords.Row> rows = new ArrayList<>();
    try (var parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        rows.add(new SemicolonRecords.Row(record.toList(), parser.getCurrentLineNumber()));
      }
    }
    return rows;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a;b;c\n1;2;3\n",
        "a;b;c\r\n1;2;3\r\n",
        "a;b;c\n\n\n1;;3\n;;\n",
        "  a ; b\t;c  \n 1;2 ;3",
        "a;b;c\n\"x;y\";\"say \"\"hi\"\"\";z\n1;2;3\n",
        "a;b\n\"first\nsecond\";2\n3;4\n",
        "a;b\n\"one\n\ntwo\";2\nlast;line\n",
        "a;b\nImpresa \"Sole\" S.r.l.;2\n",
        "a;b;c\n1;2\n1;2;3;4\n",
        " \na;b\n"
      })
  void ba1ReadsAsCommonsCsvDoes(String text) throws IOException {
    assertEquals(commonsCsv(text), read(text));
  }

  @Test
  void ba1NumbersEachRecordByTheLineItEndsOn() {
    var rows = read("h1;h2\n\n\"a\nb\";c\nd;e\n");

    assertEquals(List.of(1L, 4L, 5L), rows.stream().map(SemicolonRecords.Row::line).toList());
    assertEquals(List.of("a\nb", "c"), rows.get(1).values());
  }

  @Test
  void ba1AQuoteLeftOpenIsAnUnreadableFile() {
    var records = new SemicolonRecords(new StringReader("a;b\n\"never closed;2\n3;4\n"));
    records.next();

    assertThrows(UncheckedIOException.class, records::next);
  }
}
