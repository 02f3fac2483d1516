package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14: free text is printable in documents and as long as its column, never longer. */
class FreeTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Società Trasporti Çağlar & Søn – “Caffè” l’Ünità",
        "Łódź Energia Sp. z o.o.",
        "Ελληνική Εταιρεία Α.Ε.",
        "ООО «Экология»",
        "Công ty Nguyễn",
        "Prezzo € 1.234,50 — 3½ ℃ №5 ™",
        "Ionuț Ștefănescu"
      })
  void acceptsTheEuropeanAlphabetsAndCommonSymbols(String text) {
    assertEquals(text, FreeText.COMPANY_NAME.normalised("  " + text + " "));
  }

  @Test
  void refusesEmojiShowingTheCharacterAndItsCode() {
    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> FreeText.COMPANY_NAME.normalised("Pizzeria 🍕 Da Mario"));

    assertEquals("validation.text.unprintable", refused.messageKey());
    assertArrayEquals(new Object[] {"🍕 (U+1F355)"}, refused.arguments());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Riga\nsotto", // a line break
        "Tab\tulato", // a control character
        "Zero\u200Bwidth", // a format character
        "Privato\uE000", // private use
        "Solo \uD83C mezzo", // a lone surrogate
        "中文公司", // a script the font lacks
        "Bitcoin ₿" // a currency symbol newer than the font
      })
  void refusesWhatNoDocumentCanPrint(String text) {
    assertEquals(
        "validation.text.unprintable",
        assertThrows(InvalidValueException.class, () -> FreeText.COMPANY_NAME.normalised(text))
            .messageKey());
  }

  @Test
  void showsOnlyTheCodeOfAnInvisibleCharacter() {
    assertArrayEquals(
        new Object[] {"U+0009"},
        assertThrows(
                InvalidValueException.class, () -> FreeText.PERSON_NAME.normalised("Anna\tMaria"))
            .arguments());
  }

  @Test
  void composesAccentsTypedApartIntoTheLetterTheFontHas() {
    assertEquals("Università", FreeText.COMPANY_NAME.normalised("Universita\u0300"));
  }

  @Test
  void refusesATextLongerThanItsKindSayingBothLengths() {
    assertEquals("x".repeat(250), FreeText.COMPANY_NAME.normalised("x".repeat(250)));

    var refused =
        assertThrows(
            InvalidValueException.class, () -> FreeText.COMPANY_NAME.normalised("x".repeat(5000)));

    assertEquals("validation.text.tooLong", refused.messageKey());
    assertArrayEquals(new Object[] {250, 5000}, refused.arguments());
  }

  @Test
  void aReasonKeepsItsLinesEachCountedAsOneCharacter() {
    assertEquals(
        "Prima riga\nseconda", FreeText.REJECTION_REASON.normalised("Prima riga\r\nseconda\n"));
    assertEquals(
        "validation.text.unprintable",
        assertThrows(
                InvalidValueException.class, () -> FreeText.REJECTION_REASON.normalised("Ok 👍"))
            .messageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\t"})
  void isRequired(String text) {
    assertEquals(
        "validation.required",
        assertThrows(InvalidValueException.class, () -> FreeText.STREET.normalised(text))
            .messageKey());
  }

  @Test
  void printableCharactersAreThoseOfTheBlocksNamed() {
    assertTrue(PrintableText.isPrintable('€'));
    assertTrue(PrintableText.isPrintable(' '));
    assertTrue(PrintableText.isPrintable('\u00A0'));
    assertFalse(PrintableText.isPrintable(0x1F355));
    assertFalse(PrintableText.isPrintable('\n'));
    assertFalse(PrintableText.isPrintable('\u2028'));
    assertFalse(PrintableText.isPrintable('\u0378'), "unassigned in the Greek block");
  }

  /**
   * Issue 15 security fuzz: NUL in a lookup was an HTTP 500; every field refuses such characters.
   */
  @Test
  void controlCharactersOtherThanTabsAndLineBreaksAreFound() {
    assertTrue(PrintableText.hasControlCharacters("a\u0000b"));
    assertTrue(PrintableText.hasControlCharacters("\u001b[31m"));
    assertTrue(PrintableText.hasControlCharacters("\u007f"));
    assertFalse(PrintableText.hasControlCharacters("riga\tuno\r\nriga due"));
    assertFalse(PrintableText.hasControlCharacters("Pizzeria \uD83C\uDF55 Dà Mario"));
  }
}
