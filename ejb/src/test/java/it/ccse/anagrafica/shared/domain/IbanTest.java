package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

  /**
   * Examples of the SWIFT IBAN Registry in their paper form, as listed by skwasjer/IbanNet
   * (SupportedCountries.md); GB82 WEST... is the example of ECBS TR201 and of Wikipedia's
   * "International Bank Account Number" article.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB82 WEST 1234 5698 7654 32",
        "IT60 X054 2811 1010 0000 0123 456",
        "SM86 U032 2509 8000 0000 0270 100",
        "VA59 0011 2300 0012 3456 78",
        "DE89 3704 0044 0532 0130 00",
        "FR14 2004 1010 0505 0001 3M02 606",
        "ES91 2100 0418 4502 0005 1332",
        "GB29 NWBK 6016 1331 9268 19",
        "NL91 ABNA 0417 1643 00",
        "BE68 5390 0754 7034",
        "AT61 1904 3002 3457 3201",
        "CH93 0076 2011 6238 5295 7",
        "LI21 0881 0000 2324 013A A",
        "NO93 8601 1117 947",
        "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
        "LC55 HEMM 0001 0001 0012 0012 0002 3015",
        "BR18 0036 0305 0000 1000 9795 493C 1",
        "SC18 SSCB 1101 0000 0000 0000 1497 USD",
        "UA21 3223 1300 0002 6007 2335 6600 1"
      })
  void acceptsTheRegistryExamples(String paper) {
    Iban iban = Iban.of(paper);

    assertEquals(paper.replace(" ", ""), iban.value());
    assertEquals(paper, iban.formatted());
    assertEquals(paper.substring(0, 2), iban.countryCode());
  }

  @Test
  void acceptsLowerCaseAndAnySpacing() {
    assertEquals(
        "IT60X0542811101000000123456", Iban.of(" it60x05428 1110\u00a010000 00123456 ").value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB82 WEST 1234 5698 7654 33", // last digit changed
        "GB28 WEST 1234 5698 7654 32", // check digits swapped
        "IT60 X054 2811 1010 0000 0123 465", // two digits swapped
        "IT6A X054 2811 1010 0000 0123 456" // check digits that are not digits
      })
  void rejectsWrongCheckDigits(String raw) {
    assertKey("validation.iban.checksum", raw);
  }

  @Test
  void rejectsCheckDigitsNeverIssued() {
    // Constructed: 98 is right for this BBAN, and 01 passes MOD 97-10 as well.
    Iban.of("GB98WEST12345698760003");
    assertKey("validation.iban.checksum", "GB01WEST12345698760003");
  }

  @Test
  void checksTheItalianLayout() {
    // Constructed: a digit where the CIN letter goes, with check digits that pass MOD 97-10.
    assertKey("validation.iban.structure", "IT25 0054 2811 1010 0000 0123 456");
  }

  @Test
  void rejectsCountriesWithoutIban() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Iban.of("US12 3456 7890 1234 5678"));

    assertEquals("validation.iban.country", e.messageKey());
    assertArrayEquals(new Object[] {"US"}, e.arguments());
  }

  @Test
  void rejectsLengthsOtherThanTheCountrys() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> Iban.of("IT60 X054 2811 1010 0000 0123 4567"));

    assertEquals("validation.iban.length", e.messageKey());
    assertArrayEquals(new Object[] {"IT", 27}, e.arguments());
  }

  @ParameterizedTest
  @ValueSource(strings = {"IT60-X054-2811-1010-0000-0123-456", "IT60 X054 2811 1010 0000 0123 45é"})
  void rejectsCharactersOtherThanLettersAndDigits(String raw) {
    assertKey("validation.iban.characters", raw);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void requiresAValue(String raw) {
    assertKey("validation.required", raw);
  }

  @Test
  void isAValue() {
    Iban iban = Iban.of("DE89 3704 0044 0532 0130 00");

    assertEquals(Iban.of("DE89370400440532013000"), iban);
    assertEquals(Iban.of("DE89370400440532013000").hashCode(), iban.hashCode());
    assertEquals("DE89370400440532013000", iban.toString());
  }

  private static void assertKey(String key, String raw) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Iban.of(raw));
    assertEquals(key, e.messageKey(), raw);
  }
}
