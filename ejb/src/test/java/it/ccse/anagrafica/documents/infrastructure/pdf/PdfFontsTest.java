package it.ccse.anagrafica.documents.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import it.ccse.anagrafica.documents.domain.TabularReport;
import it.ccse.anagrafica.shared.domain.PrintableText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: every PDF embeds DejaVu Sans, and the font prints whatever the forms accept. This test
 * ties the shared domain's {@link PrintableText} to the font the documents use.
 */
class PdfFontsTest {

  static final String EUROPEAN =
      "Società l’Ünità “Perché” – € 1.234,50 – Ελληνικά – Кириллица – Łódź";

  @Test
  void defect5EveryCharacterTheFormsAcceptHasAGlyphInTheRegularAndBoldFont() {
    var fonts = PdfFonts.forDocument();

    List<String> missing =
        IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
            .filter(PrintableText::isPrintable)
            .filter(c -> !fonts.regular().containsGlyph(c) || !fonts.bold().containsGlyph(c))
            .mapToObj(c -> "U+%04X".formatted(c))
            .toList();

    assertEquals(List.of(), missing);
  }

  @Test
  void eachDocumentHasFontsOfItsOwn() {
    var first = PdfFonts.forDocument();
    var second = PdfFonts.forDocument();

    assertNotSame(first.regular(), second.regular());
    assertNotSame(first.bold(), second.bold());
  }

  @Test
  void md9AReportPrintsEuropeanTextThatExtractsAsTypedInAnEmbeddedFont() throws IOException {
    var report =
        new TabularReport(
            "R-2026-000002",
            "Riepilogo modifiche firmate",
            LocalDateTime.of(2026, 11, 22, 12, 0),
            List.of(new TabularReport.Fact("Ragione sociale", EUROPEAN)),
            List.of(
                new TabularReport.Section(
                    "Dati azienda", List.of("Dopo"), List.of(List.of("Ωμέγα Ο.Ε. – Щука")))));

    try (var pdf =
        new PdfDocument(
            new PdfReader(new ByteArrayInputStream(new TabularReportPdf().render(report))))) {
      String text = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
      assertTrue(text.contains(EUROPEAN), text);
      assertTrue(text.contains("Ωμέγα Ο.Ε. – Щука"), text);
      assertTrue(pdf.isTagged());
      assertEmbeddedDejaVu(pdf.getPage(1).getResources().getResource(PdfName.Font));
    }
  }

  /** Every font of the page is DejaVu Sans as an embedded TrueType subset, Unicode-encoded. */
  static void assertEmbeddedDejaVu(PdfDictionary fonts) {
    assertTrue(fonts.size() > 0);
    for (PdfName name : fonts.keySet()) {
      PdfDictionary font = fonts.getAsDictionary(name);
      assertEquals(PdfName.Type0, font.getAsName(PdfName.Subtype), name::toString);
      assertTrue(
          font.getAsName(PdfName.BaseFont).getValue().contains("DejaVuSans"), name::toString);
      assertNotNull(font.get(PdfName.ToUnicode), name::toString);
      PdfDictionary descriptor =
          font.getAsArray(PdfName.DescendantFonts)
              .getAsDictionary(0)
              .getAsDictionary(PdfName.FontDescriptor);
      assertNotNull(descriptor.get(PdfName.FontFile2), name::toString);
    }
  }
}
