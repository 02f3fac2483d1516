package it.ccse.anagrafica.documents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name an attachment is kept under: no path, no control characters, short. */
class AttachmentFileNameTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "denuncia.pdf|denuncia.pdf",
        "C:\\Users\\mario\\Desktop\\carta identità.jpg|carta identità.jpg",
        "../../etc/passwd|passwd",
        "/tmp/x/ricevuta.png|ricevuta.png",
        "..|allegato",
        ".bashrc|bashrc",
        "   |allegato",
        "a    b.pdf|a b.pdf"
      })
  void keepsOnlyTheLastPathElement(String submitted, String kept) {
    assertEquals(kept, AttachmentFileName.sanitise(submitted));
  }

  @Test
  void dropsControlAndFormatCharacters() {
    assertEquals(
        "ricevuta.pdf", AttachmentFileName.sanitise("ric\u0000evu\u0007ta\u202e\u200b.pdf"));
    assertEquals("riga uno.pdf", AttachmentFileName.sanitise("riga\r\nuno.pdf"));
    assertEquals("a b.pdf", AttachmentFileName.sanitise("a\tb.pdf"));
    assertEquals("allegato", AttachmentFileName.sanitise(null));
  }

  @Test
  void shortensLongNamesKeepingTheExtension() {
    String kept = AttachmentFileName.sanitise("x".repeat(300) + ".docx");
    assertEquals(AttachmentFileName.MAX_LENGTH, kept.length());
    assertTrue(kept.endsWith("x.docx"));
    String emoji = AttachmentFileName.sanitise("😀".repeat(150) + ".png");
    assertEquals(AttachmentFileName.MAX_LENGTH, emoji.codePointCount(0, emoji.length()));
    assertTrue(emoji.endsWith("😀.png"), "never half a surrogate pair");
  }
}
