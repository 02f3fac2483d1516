package it.ccse.anagrafica.documents.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.filter.TextRegionEventFilter;
import com.itextpdf.kernel.pdf.canvas.parser.listener.FilteredTextEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import it.ccse.anagrafica.documents.domain.PaymentNoticeSheet;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** PY-4: the pagoPA payment notice prints every datum and a QR code that reads back as given. */
class PagoPaNoticePdfTest {

  private static final String QR_TEXT = "PAGOPA|002|301234567890123456|80012345678|123456";

  private final PagoPaNoticePdf renderer = new PagoPaNoticePdf();

  @Test
  void PY4_noticePrintsCreditorDebtorSubjectAmountDueDateAndNoticeCode() throws Exception {
    String text;
    String left;
    String right;
    try (var pdf = open(renderer.render(sample()))) {
      assertEquals(1, pdf.getNumberOfPages());
      PdfPage page = pdf.getPage(1);
      Rectangle size = page.getPageSize();
      text = textIn(page, size);
      // Creditor and debtor stand side by side, so a long name's lines interleave across the page.
      left = textIn(page, new Rectangle(0, 0, size.getWidth() / 2, size.getHeight()));
      right =
          textIn(
              page, new Rectangle(size.getWidth() / 2, 0, size.getWidth() / 2, size.getHeight()));
    }

    assertAll(
        () -> assertContains(text, "AVVISO DI PAGAMENTO"),
        () -> assertContains(left, "ENTE CREDITORE Cassa per i servizi energetici e ambientali"),
        () -> assertContains(left, "Cod. Fiscale 80012345678"),
        () -> assertContains(right, "DESTINATARIO AVVISO Solare Adriatico S.r.l."),
        () -> assertContains(right, "Cod. Fiscale 01234567890"),
        () -> assertContains(right, "Via dell’Industria 12/B, 60131 Ancona (AN)"),
        () -> assertContains(text, "OGGETTO DEL PAGAMENTO Iscrizione all’Anagrafica, pratica P-7"),
        () -> assertContains(text, "QUANTO E QUANDO PAGARE? 1.234,56 Euro entro il 31/12/2026"),
        () ->
            assertContains(
                text,
                "DOVE PAGARE? PAGA SUL SITO O CON LE APP del tuo Ente Creditore, della tua Banca o"
                    + " degli altri canali di pagamento. Potrai pagare con carte, conto corrente,"
                    + " CBILL."),
        () ->
            assertContains(
                text,
                "PAGA SUL TERRITORIO in Banca, in Ricevitoria, dal Tabaccaio, al Bancomat, al"
                    + " Supermercato. Potrai pagare in contanti, con carte o conto corrente."),
        () -> assertContains(text, "BANCHE E ALTRI CANALI"),
        () -> assertContains(text, "Codice Avviso 3012 3456 7890 1234 56"),
        () -> assertContains(text, "Cod. Fiscale Ente Creditore 80012345678"),
        () -> assertContains(text, "Importo 1.234,56 Euro"));
  }

  @Test
  void PY4_qrCodeReadsBackAsTheSheetsText() throws Exception {
    try (var pdf = open(renderer.render(sample()))) {
      BufferedImage qrCode = onlyImage(pdf);

      assertEquals(QR_TEXT, decode(qrCode));
      assertEquals(33 + 2 * 4, qrCode.getWidth(), "version 4, a 4-module quiet zone, 1 px each");
    }
  }

  @Test
  void PY4_theSmallestAmountStillMakesAVersion4Code() throws Exception {
    var s = sample();
    String qrText = "PAGOPA|002|301234567890123456|80012345678|01";
    var sheet =
        new PaymentNoticeSheet(
            s.creditorName(),
            s.creditorFiscalCode(),
            s.debtorName(),
            s.debtorFiscalCode(),
            s.debtorAddress(),
            s.subject(),
            Money.of("0.01"),
            s.dueDate(),
            s.noticeNumber(),
            qrText);

    try (var pdf = open(renderer.render(sheet))) {
      BufferedImage qrCode = onlyImage(pdf);

      assertEquals(qrText, decode(qrCode));
      assertEquals(41, qrCode.getWidth());
    }
  }

  @Test
  void PY4_noticeIsATaggedItalianPdfWhoseQrCodeHasAlternativeText() throws Exception {
    try (var pdf = open(renderer.render(sample()))) {
      assertTrue(pdf.isTagged());
      assertEquals("it-IT", pdf.getCatalog().getLang().toUnicodeString());
      assertEquals("Avviso di pagamento pagoPA", pdf.getDocumentInfo().getTitle());
      List<PdfStructElem> figures = new ArrayList<>();
      collect(pdf.getStructTreeRoot(), PdfName.Figure, figures);
      assertEquals(1, figures.size());
      assertEquals("Codice QR del pagamento", figures.get(0).getAlt().toUnicodeString());
    }
  }

  @Test
  void PY4_aNoticeWithoutDebtorAddressLeavesItOut() throws Exception {
    var s = sample();
    var sheet =
        new PaymentNoticeSheet(
            s.creditorName(),
            s.creditorFiscalCode(),
            s.debtorName(),
            s.debtorFiscalCode(),
            null,
            s.subject(),
            s.amount(),
            s.dueDate(),
            s.noticeNumber(),
            s.qrText());

    try (var pdf = open(renderer.render(sheet))) {
      String text = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
      assertContains(text, "Solare Adriatico S.r.l.");
      assertFalse(text.contains("Ancona"), text);
    }
  }

  @Test
  void PY4_aSheetMissingADatumIsRefused() {
    var s = sample();

    var noSubject =
        assertThrows(
            InvalidValueException.class,
            () ->
                new PaymentNoticeSheet(
                    s.creditorName(),
                    s.creditorFiscalCode(),
                    s.debtorName(),
                    s.debtorFiscalCode(),
                    s.debtorAddress(),
                    " ",
                    s.amount(),
                    s.dueDate(),
                    s.noticeNumber(),
                    s.qrText()));
    var noAmount =
        assertThrows(
            InvalidValueException.class,
            () ->
                new PaymentNoticeSheet(
                    s.creditorName(),
                    s.creditorFiscalCode(),
                    s.debtorName(),
                    s.debtorFiscalCode(),
                    s.debtorAddress(),
                    s.subject(),
                    null,
                    s.dueDate(),
                    s.noticeNumber(),
                    s.qrText()));
    var noQrText =
        assertThrows(
            InvalidValueException.class,
            () ->
                new PaymentNoticeSheet(
                    s.creditorName(),
                    s.creditorFiscalCode(),
                    s.debtorName(),
                    s.debtorFiscalCode(),
                    s.debtorAddress(),
                    s.subject(),
                    s.amount(),
                    s.dueDate(),
                    s.noticeNumber(),
                    null));

    for (var refused : List.of(noSubject, noAmount, noQrText)) {
      assertEquals("validation.required", refused.messageKey());
    }
  }

  @Test
  void PY4_amountsAreWrittenTheItalianWay() {
    assertEquals("0,01 Euro", PagoPaNoticePdf.euro(Money.of("0.01")));
    assertEquals("30,00 Euro", PagoPaNoticePdf.euro(Money.of("30")));
    assertEquals("1.234.567,80 Euro", PagoPaNoticePdf.euro(Money.of("1234567.8")));
  }

  static PaymentNoticeSheet sample() {
    return new PaymentNoticeSheet(
        "Cassa per i servizi energetici e ambientali",
        "80012345678",
        "Solare Adriatico S.r.l.",
        "01234567890",
        "Via dell’Industria 12/B, 60131 Ancona (AN)",
        "Iscrizione all’Anagrafica, pratica P-7",
        Money.of("1234.56"),
        LocalDate.of(2026, 12, 31),
        "301234567890123456",
        QR_TEXT);
  }

  private static PdfDocument open(byte[] pdf) throws Exception {
    return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
  }

  /** The text within the area, with line breaks and runs of spaces made single spaces. */
  private static String textIn(PdfPage page, Rectangle area) {
    var strategy =
        new FilteredTextEventListener(
            new LocationTextExtractionStrategy(), new TextRegionEventFilter(area));
    return PdfTextExtractor.getTextFromPage(page, strategy).replaceAll("\\s+", " ");
  }

  private static BufferedImage onlyImage(PdfDocument pdf) throws Exception {
    var resources = pdf.getPage(1).getResources();
    var names = resources.getResourceNames(PdfName.XObject);
    assertEquals(1, names.size(), "one image on the page");
    PdfImageXObject image = resources.getImage(names.iterator().next());
    return ImageIO.read(new ByteArrayInputStream(image.getImageBytes()));
  }

  private static String decode(BufferedImage image) throws Exception {
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
  }

  private static void collect(IStructureNode node, PdfName role, List<PdfStructElem> found) {
    if (node instanceof PdfStructElem element && role.equals(element.getRole())) {
      found.add(element);
    }
    if (node.getKids() != null) {
      for (IStructureNode kid : node.getKids()) {
        if (kid != null) {
          collect(kid, role, found);
        }
      }
    }
  }

  private static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), () -> "\"" + expected + "\" not in: " + text);
  }
}
