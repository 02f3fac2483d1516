package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CodiceFiscaleTest {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final Clock JUNE_2025 = clockAt(LocalDate.of(2025, 6, 1));

  private static BirthplaceRegistry registry;

  /**
   * Every codice catastale ever issued: ANPR's archive of comuni, ceased ones included
   * (italia/anpr, ANPR_archivio_comuni.csv), and the foreign states of python-codicefiscale
   * (countries.json); see reference/SOURCES.md.
   */
  @BeforeAll
  static void loadBirthplaces() throws IOException {
    Set<String> codes = new HashSet<>();
    codes.addAll(column("/reference/comuni_storico_anpr.csv", "CODCATASTALE"));
    codes.addAll(column("/reference/stati_esteri_belfiore.csv", "codice_belfiore"));
    registry = codes::contains;
  }

  /** Decoding cases of fabiocaccamo/python-codicefiscale, tests/test_decode.py. */
  @ParameterizedTest
  @CsvSource({
    "THDSDA95P08Z330H, MALE, 1995-09-08, Z330",
    "BLSLGS84C22Z145O, MALE, 1984-03-22, Z145",
    "BRNGNN71B26L219T, MALE, 1971-02-26, L219",
    "CCCFBA85D03L219P, MALE, 1985-04-03, L219",
    "GMBLSN84A05G674H, MALE, 1984-01-05, G674",
    "MRTMRA83T56A269B, FEMALE, 1983-12-16, A269",
    "PNLMHL79R27I158P, MALE, 1979-10-27, I158",
    "QTRDRA71P13G388J, MALE, 1971-09-13, G388",
    "TKKYKU87B68L219F, FEMALE, 1987-02-28, L219",
    "RSSMRA68A01H501Y, MALE, 1968-01-01, H501",
    "RSSMRA50B17A558W, MALE, 1950-02-17, A558",
    // The customary sample "Mario Rossi, 10/12/1985, San Giuliano Terme", e.g. in pagoPA's
    // io-sign tests.
    "RSSMRA85T10A562S, MALE, 1985-12-10, A562",
    // python-codicefiscale tests/issues: test_issue_0079 (year 2000), test_issue_0162 and
    // test_issue_0113 (comuni that were suppressed for a while).
    "RSSMRA00S29L219C, MALE, 2000-11-29, L219",
    "DFLNTN42T20B860H, MALE, 1942-12-20, B860",
    "XXXXXX39D44G133O, FEMALE, 1939-04-04, G133",
    "XXXXXX38C71L513V, FEMALE, 1938-03-31, L513",
  })
  void decodesPersonalCodes(String code, Sex sex, LocalDate birthDate, String birthplace) {
    CodiceFiscale cf = CodiceFiscale.of(code, JUNE_2025).requireKnownBirthplace(registry);

    assertAll(
        () -> assertTrue(cf.isPersonal()),
        () -> assertEquals(code, cf.value()),
        () -> assertEquals(Optional.of(sex), cf.sex()),
        () -> assertEquals(Optional.of(birthDate), cf.birthDate()),
        () -> assertEquals(Optional.of(birthplace), cf.birthplaceCode()));
  }

  /** Omocodia variants of CCCFBA85D03L219P from python-codicefiscale, tests/test_checks.py. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "CCCFBA85D03L21VE",
        "CCCFBA85D03L2MVP",
        "CCCFBA85D03LNMVE",
        "CCCFBA85D0PLNMVA",
        "CCCFBA85DLPLNMVL",
        "CCCFBA8RDLPLNMVX",
        "CCCFBAURDLPLNMVU",
        // Out of order (python-codicefiscale, tests/test_decode.py, expected_omocodes).
        "CCCFBAU5D03L219M",
        "CCCFBA85D0PL219L"
      })
  void decodesOmocodia(String code) {
    CodiceFiscale cf = CodiceFiscale.of(code, JUNE_2025);

    assertAll(
        () -> assertEquals(code, cf.value()),
        () -> assertEquals(Optional.of(LocalDate.of(1985, 4, 3)), cf.birthDate()),
        () -> assertEquals(Optional.of(Sex.MALE), cf.sex()),
        () -> assertEquals(Optional.of("L219"), cf.birthplaceCode()));
  }

  @Test
  void ignoresCaseAndSpaces() {
    // python-codicefiscale, tests/test_checks.py, accepts the spaced form too.
    assertEquals(
        CodiceFiscale.of("CCCFBA85D03L219P"), CodiceFiscale.of("  ccc fba 85 d03 l219 p "));
  }

  @Test
  void choosesTheCenturyThatKeepsTheBirthInThePast() {
    // Check characters computed for these dates of birth (official algorithm).
    String born24 = "CCCFBA24D03L219A";

    assertEquals(
        Optional.of(LocalDate.of(2024, 4, 3)), CodiceFiscale.of(born24, JUNE_2025).birthDate());
    assertEquals(
        Optional.of(LocalDate.of(1924, 4, 3)),
        CodiceFiscale.of(born24, clockAt(LocalDate.of(2024, 4, 2))).birthDate());
    assertEquals(
        Optional.of(LocalDate.of(2024, 4, 3)),
        CodiceFiscale.of(born24, clockAt(LocalDate.of(2024, 4, 3))).birthDate());
  }

  @Test
  void acceptsTheLeapDayOf2000() {
    assertEquals(
        Optional.of(LocalDate.of(2000, 2, 29)),
        CodiceFiscale.of("CCCFBA00B29L219B", JUNE_2025).birthDate());
  }

  /**
   * python-codicefiscale's invalid dates (tests/test_decode.py, test_decode_invalid_syntax, and
   * tests/test_checks.py) with the check character recomputed, so that only the date is wrong.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "CCCFBA85X03L219H", // no month X
        "CCCFBA85D00L219J", // day 0
        "CCCFBA85D32L219Q", // day 32: neither a man's nor a woman's
        "CCCFBA85D72L219U", // day 72 = 32 for a woman
        "CCCFBA85B30L219F", // 30 February
        "CCCFBA01B29L219C" // 29 February 2001 and 1901
      })
  void rejectsDatesThatDoNotExist(String code) {
    assertKey("validation.codiceFiscale.birthDate", code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CCCFBA85D03L219PP", "CCCFBA85D03L219", "RSSMRA85T10A562", "8008767001"})
  void rejectsWrongLengths(String code) {
    // python-codicefiscale, tests/test_checks.py: too long, too short.
    assertKey("validation.codiceFiscale.length", code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // python-codicefiscale, tests/test_decode.py, test_decode_invalid_syntax.
        "CC0FBA85X03L219P",
        "CCCFB085X03L219P",
        "CCCFBA8XD03L219S",
        // O is no omocodia letter; letters where only letters go.
        "CCCFBA8OD03L219P",
        "CCCFBA85003L219P",
        "CCCFBA85D031219P",
        "CCCFBA85D03L2194",
        "CCCFBÀ85D03L219P",
        "8008767001A"
      })
  void rejectsCharactersOutOfPlace(String code) {
    assertKey("validation.codiceFiscale.characters", code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CCCFBA85D03L219B", "RSSMRA85T10A562T", "CCCFBA85D03L21VP"})
  void rejectsWrongCheckCharacters(String code) {
    // The first two: python-codicefiscale tests/test_checks.py ("wrong CIN") and the sample code
    // with its last letter changed; the third mixes two omocodia variants.
    assertKey("validation.codiceFiscale.checkCharacter", code);
  }

  @Test
  void rejectsUnknownBirthplaces() {
    // python-codicefiscale, tests/test_decode.py, test_decode_with_invalid_birthplace: D354 was
    // never issued, yet the check character is right.
    CodiceFiscale cf = CodiceFiscale.of("FRTMXM74L15D354A", JUNE_2025);

    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> cf.requireKnownBirthplace(registry));
    assertEquals("validation.codiceFiscale.birthplace", e.messageKey());
    assertEquals("D354", e.arguments()[0]);
  }

  @Test
  void acceptsCeasedComuniAsBirthplace() {
    // A558 was Porretta Terme, merged into Alto Reno Terme in 2016 (ANPR archive).
    CodiceFiscale cf = CodiceFiscale.of("RSSMRA50B17A558W", JUNE_2025);

    assertSame(cf, cf.requireKnownBirthplace(registry));
  }

  @Test
  void acceptsCodesOfEntities() {
    // Regione Piemonte (regioni_istat_2025.csv) and Comune di Torino (comuni_istat_2025.csv).
    CodiceFiscale region = CodiceFiscale.of("80087670016");
    CodiceFiscale torino = CodiceFiscale.of(" 005 144 900 10 ");

    assertAll(
        () -> assertFalse(region.isPersonal()),
        () -> assertEquals("80087670016", region.value()),
        () -> assertEquals("00514490010", torino.value()),
        () -> assertEquals(Optional.empty(), region.birthDate()),
        () -> assertEquals(Optional.empty(), region.sex()),
        () -> assertEquals(Optional.empty(), region.birthplaceCode()),
        () -> assertSame(region, region.requireKnownBirthplace(code -> false)));
  }

  @Test
  void checksCodesOfEntitiesLikePartitaIva() {
    assertKey("validation.codiceFiscale.checkCharacter", "80087670017");
    // Right Luhn digit, but no office 000.
    assertKey("validation.codiceFiscale.officeCode", "00000000000");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = "   ")
  void requiresAValue(String code) {
    assertKey("validation.required", code);
  }

  @Test
  void isAValue() {
    CodiceFiscale cf = CodiceFiscale.of("rssmra85t10a562s");

    assertEquals(CodiceFiscale.of("RSSMRA85T10A562S"), cf);
    assertEquals(CodiceFiscale.of("RSSMRA85T10A562S").hashCode(), cf.hashCode());
    assertEquals("RSSMRA85T10A562S", cf.toString());
  }

  private static void assertKey(String key, String code) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> CodiceFiscale.of(code, JUNE_2025));
    assertEquals(key, e.messageKey(), code);
  }

  private static Clock clockAt(LocalDate date) {
    return Clock.fixed(date.atStartOfDay(ROME).toInstant(), ROME);
  }

  private static Set<String> column(String resource, String name) throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                CodiceFiscaleTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      int index = Arrays.asList(fields(in.readLine())).indexOf(name);
      Set<String> values = new HashSet<>();
      in.lines().forEach(line -> values.add(fields(line)[index]));
      return values;
    }
  }

  // One RFC 4180 record per line (these files have no line breaks inside fields).
  private static String[] fields(String line) {
    String[] fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
    for (int i = 0; i < fields.length; i++) {
      fields[i] = fields[i].replaceAll("^\"|\"$", "").replace("\"\"", "\"");
    }
    return fields;
  }
}
