package it.ccse.anagrafica.shared.domain;

import java.text.Normalizer;

/**
 * The characters every document of the portal can print: the letters of the European alphabets
 * (Latin with its extensions, Greek, Cyrillic), punctuation and the common currency and letterlike
 * symbols. Emoji and every other character outside the Basic Multilingual Plane, control and format
 * characters, line breaks, private-use and unassigned code points are refused when typed, because a
 * signed PDF would lose them. The PDF font, DejaVu Sans, has a glyph for each accepted character
 * (the documents' font test checks every one), so the rule is stated by Unicode blocks here and the
 * domain does not depend on the font.
 */
public final class PrintableText {

  /**
   * Inclusive ranges of the accepted blocks. Where DejaVu Sans lacks the later additions to a
   * block, the range stops before them.
   */
  private static final int[][] RANGES = {
    {0x0020, 0x007E}, // Basic Latin without its control characters
    {0x00A0, 0x024F}, // Latin-1 Supplement, Latin Extended-A and -B
    {0x0370, 0x03FF}, // Greek and Coptic
    {0x0400, 0x04FF}, // Cyrillic
    {0x1E00, 0x1EFB}, // Latin Extended Additional (Vietnamese, Welsh) but the medievalist letters
    {0x2000, 0x206F}, // General Punctuation (typographic quotes, dashes, ellipsis)
    {0x20A0, 0x20B5}, // Currency Symbols of Unicode 5.2 and before (€, ₤, ₧)
    {0x2100, 0x2109}, // Letterlike Symbols (℃, №, ™, Ω), but ℊ and the latest additions
    {0x210B, 0x2149},
  };

  private PrintableText() {}

  /**
   * The text in Unicode normal form C, so that a letter typed as base and accent becomes the one
   * character the font has.
   *
   * @throws InvalidValueException {@code validation.text.unprintable} with the first character that
   *     cannot be printed
   */
  static String normalised(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    composed
        .codePoints()
        .filter(codePoint -> !isPrintable(codePoint))
        .findFirst()
        .ifPresent(
            codePoint -> {
              throw new InvalidValueException("validation.text.unprintable", shown(codePoint));
            });
    return composed;
  }

  /** Whether documents can print the character; line breaks and tabs are not printable text. */
  public static boolean isPrintable(int codePoint) {
    return inRanges(codePoint) && !notText(Character.getType(codePoint));
  }

  /**
   * Whether the text holds an ASCII control character other than tab and line breaks: nobody types
   * one, and PostgreSQL refuses NUL, so no field of any page takes them (issue 15).
   */
  public static boolean hasControlCharacters(String text) {
    return text.chars()
        .anyMatch(c -> c <= 0x7F && Character.getType(c) == Character.CONTROL && !isLineSpace(c));
  }

  private static boolean isLineSpace(int c) {
    return c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean inRanges(int codePoint) {
    for (int[] range : RANGES) {
      if (codePoint >= range[0] && codePoint <= range[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean notText(int type) {
    return switch (type) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.UNASSIGNED,
          Character.PRIVATE_USE,
          Character.SURROGATE,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          true;
      default -> false;
    };
  }

  /** Characters that leave no mark of their own in a message: spaces, accents alone, non-text. */
  private static boolean invisible(int codePoint) {
    int type = Character.getType(codePoint);
    return notText(type)
        || type == Character.SPACE_SEPARATOR
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * The refused character for the message: itself and its code, or only its code when it shows
   * nothing (a control character would even break the page's XML).
   */
  private static String shown(int codePoint) {
    String code = "U+%04X".formatted(codePoint);
    return invisible(codePoint) ? code : Character.toString(codePoint) + " (" + code + ")";
  }
}
