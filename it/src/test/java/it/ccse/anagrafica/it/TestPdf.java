package it.ccse.anagrafica.it;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real one-page PDF with a line of text, as an operator uploads (a receipt, a deed, a
 * self-certification); in every in-container deployment ({@link Deployments#earWith}).
 */
final class TestPdf {

  private TestPdf() {}

  static byte[] of(String text) {
    var out = new ByteArrayOutputStream();
    try (var document = new Document(new PdfDocument(new PdfWriter(out)))) {
      document.add(new Paragraph(text));
    }
    return out.toByteArray();
  }

  static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(of(text));
  }

  /** The PDF as a temporary file, for a browser's upload field. */
  static Path file(String name, String text) throws IOException {
    Path file = Files.createTempFile(name, ".pdf");
    Files.write(file, of(text));
    return file;
  }
}
