package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ON-2, CD-1, MD-3, MD-7 (issue 14): phone and fax numbers as Italians write them. */
class PhoneTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "011 1234567|011 1234567",
        "  +39 011 123 4567 |+39 011 123 4567",
        "333.1234567|333.1234567",
        "011/1234567|011/1234567",
        "0039-02-1234567|0039-02-1234567",
        "800123|800123"
      })
  void acceptsDigitsWithALeadingPlusAndTheUsualSeparators(String typed, String normal) {
    assertEquals(normal, Phone.of(typed).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"011-CALLME", "CHIAMAMI", "011 1234567 int. 3", "(011) 1234567", "01+1234567"})
  void refusesLettersAndOtherSymbols(String typed) {
    assertEquals(
        "validation.phone.format",
        assertThrows(InvalidValueException.class, () -> Phone.of(typed)).messageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "+", "- -", "123456789012345678901"})
  void needsSixToTwentyDigits(String typed) {
    var refused = assertThrows(InvalidValueException.class, () -> Phone.of(typed));
    assertEquals("validation.phone.digits", refused.messageKey());
    assertArrayEquals(new Object[] {6, 20}, refused.arguments());
  }

  @Test
  void hasAtMostThirtyCharactersLikeItsColumns() {
    String typed = "011 1234567 8 9 0 1 2 3 4 5 6 7";

    var refused = assertThrows(InvalidValueException.class, () -> Phone.of(typed));

    assertEquals("validation.text.tooLong", refused.messageKey());
    assertArrayEquals(new Object[] {30, 31}, refused.arguments());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void isRequiredWhereItIsAsked(String typed) {
    assertEquals(
        "validation.required",
        assertThrows(InvalidValueException.class, () -> Phone.of(typed)).messageKey());
  }
}
