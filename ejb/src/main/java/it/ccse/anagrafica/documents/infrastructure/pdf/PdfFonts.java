package it.ccse.anagrafica.documents.infrastructure.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF the portal issues: DejaVu Sans, regular and bold, embedded as subsets with
 * Unicode (Identity-H) encoding, so Latin, Greek and Cyrillic text prints and extracts as typed.
 * The shared domain's {@link it.ccse.anagrafica.shared.domain.PrintableText} refuses what these
 * fonts cannot print. The TrueType files come from the jasperreports-fonts artifact and are read
 * once; the fonts are made afresh for each document, since a {@link PdfFont} belongs to the one
 * document it is written into.
 */
record PdfFonts(PdfFont regular, PdfFont bold) {

  private static final String DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";
  private static final byte[] REGULAR = read("DejaVuSans.ttf");
  private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

  /** A pair for one new document. */
  static PdfFonts forDocument() {
    return new PdfFonts(font(REGULAR), font(BOLD));
  }

  /**
   * The regular face embedded whole, not as a subset: for form fields, where the operator types
   * letters the document did not print and the viewer draws them with the field's font.
   */
  static PdfFont whole() {
    var font = font(REGULAR);
    font.setSubset(false);
    return font;
  }

  private static PdfFont font(byte[] program) {
    try {
      return PdfFontFactory.createFont(
          program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.PREFER_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(String file) {
    try (InputStream in = PdfFonts.class.getResourceAsStream(DIRECTORY + file)) {
      if (in == null) {
        throw new IllegalStateException(
            file + " not on the class path: jasperreports-fonts missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
