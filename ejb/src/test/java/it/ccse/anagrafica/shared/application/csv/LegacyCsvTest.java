package it.ccse.anagrafica.shared.application.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ON-7: every file of the legacy export is read the same way. */
class LegacyCsvTest {

  @Test
  void on7ValuesByColumnBlankOnesAbsentLinesAsAnEditorCountsThem() {
    var rows = LegacyCsv.read(bytes("\uFEFFb;a;c\n 2 ;1;\n\n\"x\ny\";3;z\n"), List.of("a", "b"));

    assertEquals(2, rows.size());
    assertEquals("1", rows.get(0).value("a"));
    assertEquals("2", rows.get(0).value("b"));
    assertNull(rows.get(0).value("c"));
    assertNull(rows.get(0).value("unknown"));
    assertEquals(Optional.of("c"), rows.get(0).missing(List.of("a", "c")));
    assertEquals(4, rows.get(1).line());
    assertEquals("x\ny", rows.get(1).value("b"));
  }

  @Test
  void on7ALineWithAnotherNumberOfColumnsCarriesItsError() {
    var rows = LegacyCsv.read(bytes("a;b\n1\n1;2\n"), List.of("a"));

    assertEquals("legacyImport.columnCount", rows.get(0).error().messageKey());
    assertNull(rows.get(1).error());
  }

  @Test
  void on7AFileNotInUtf8OrWithoutDataIsRefusedWhole() {
    byte[] latin1 = "a\nPerò\n".getBytes(StandardCharsets.ISO_8859_1);

    assertEquals("legacyImport.notUtf8", refused(latin1));
    assertEquals("legacyImport.noRows", refused(bytes("a\n\n")));
    assertEquals("legacyImport.missingColumns", refused(bytes("b\n1\n")));
  }

  private static String refused(byte[] content) {
    var e = assertThrows(InvalidFieldException.class, () -> LegacyCsv.read(content, List.of("a")));
    assertEquals("file", e.field());
    return e.messageKey();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
