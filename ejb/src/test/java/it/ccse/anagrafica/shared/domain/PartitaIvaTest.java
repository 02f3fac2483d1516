package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PartitaIvaTest {

  @ParameterizedTest
  @CsvSource({
    // python-stdnum (arthurdejong/python-stdnum), stdnum/it/iva.py doctests.
    "00743110157, 00743110157, 015",
    "IT 00743110157, 00743110157, 015",
    // Comuni di Torino, Milano, Roma; San Cesareo (office 100) and Valsamoggia (office 120):
    // codice_fiscale_ente in comuni_istat_2025.csv (ISTAT via mlocati/comuni-italiani).
    "00514490010, 00514490010, 001",
    "01199250158, 01199250158, 015",
    "02438750586, 02438750586, 058",
    "03944451008, 03944451008, 100",
    "03334231200, 03334231200, 120",
    // Check digit computed for the other special offices.
    "12345671213, 12345671213, 121",
    "12345678887, 12345678887, 888",
    "12345679992, 12345679992, 999",
  })
  void acceptsValidNumbers(String raw, String value, String officeCode) {
    PartitaIva partitaIva = PartitaIva.of(raw);

    assertEquals(value, partitaIva.value());
    assertEquals(officeCode, partitaIva.officeCode());
  }

  @Test
  void rejectsAWrongCheckDigit() {
    // python-stdnum, stdnum/it/iva.py: "invalid check digit".
    assertKey("validation.partitaIva.checkDigit", "00743110158");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345671015", "12345670009"})
  void rejectsOfficeCodesNeverIssued(String raw) {
    // Offices 101 and 000, with the right check digit.
    assertKey("validation.partitaIva.officeCode", raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0074311015", "007431101570", "IT0074311015"})
  void rejectsWrongLengths(String raw) {
    assertKey("validation.partitaIva.length", raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0074311015A", "00743-10157", "IT0074311015X"})
  void rejectsCharactersOtherThanDigits(String raw) {
    assertKey("validation.partitaIva.digits", raw);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void requiresAValue(String raw) {
    assertKey("validation.required", raw);
  }

  /**
   * Every comune's own codice fiscale is a valid partita IVA (reference/SOURCES.md): 7,896 real
   * codes in one test, failures listed together.
   */
  @Test
  void acceptsTheCodiceFiscaleOfEveryComune() throws IOException {
    var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (var in =
            new InputStreamReader(
                PartitaIvaTest.class.getResourceAsStream("/reference/comuni_istat_2025.csv"),
                StandardCharsets.UTF_8);
        var records = format.parse(in)) {
      List<String> codes =
          records.stream()
              .map(r -> r.get("codice_fiscale_ente"))
              .filter(c -> c.length() == 11)
              .toList();
      List<String> rejected =
          codes.stream().filter(code -> !isValid(code)).collect(Collectors.toList());
      assertEquals(7896, codes.size());
      assertEquals(List.of(), rejected);
    }
  }

  private static boolean isValid(String code) {
    try {
      PartitaIva.of(code);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  @Test
  void isAValue() {
    assertEquals(PartitaIva.of("00743110157"), PartitaIva.of("IT00743110157"));
    assertEquals(
        PartitaIva.of("00743110157").hashCode(), PartitaIva.of("IT00743110157").hashCode());
    assertEquals("00743110157", PartitaIva.of("IT 007 431 101 57").toString());
  }

  private static void assertKey(String key, String raw) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PartitaIva.of(raw));
    assertEquals(key, e.messageKey(), raw);
  }
}
