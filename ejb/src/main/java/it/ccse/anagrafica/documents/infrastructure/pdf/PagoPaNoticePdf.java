package it.ccse.anagrafica.documents.infrastructure.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.tagging.IAccessibleElement;
import it.ccse.anagrafica.documents.application.PaymentNoticeRenderer;
import it.ccse.anagrafica.documents.domain.PaymentNoticeSheet;
import it.ccse.anagrafica.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the pagoPA payment notice (PY-4) after the national notice layout ("Avviso di pagamento
 * pagoPA", https://docs.pagopa.it/avviso-pagamento): creditor and debtor, what, how much and by
 * when, where to pay, and the part for banks and other channels with the QR code. One A4 page,
 * tagged, in Italian; every datum is text a reader or a screen reader can take, and the QR code has
 * its alternative text.
 */
@ApplicationScoped
public class PagoPaNoticePdf implements PaymentNoticeRenderer {

  private static final String TITLE = "Avviso di pagamento pagoPA";
  private static final String AUTHOR = "CCSE – Anagrafica Operatori";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  // Version 4 (33 × 33 modules) at ECC level M, as the layout's "Codice QR" asks (Allegato 2); the
  // 4-module quiet zone of ISO/IEC 18004. The text is ASCII, the same bytes in UTF-8, so no ECI.
  private static final Map<EncodeHintType, Object> QR_HINTS =
      Map.of(
          EncodeHintType.QR_VERSION,
          4,
          EncodeHintType.ERROR_CORRECTION,
          ErrorCorrectionLevel.M,
          EncodeHintType.MARGIN,
          4);
  private static final float QR_SIDE = 4 / 2.54f * 72;
  private static final Color ACCENT = new DeviceRgb(0x1F, 0x4E, 0x79);
  private static final Color MUTED = new DeviceRgb(0x55, 0x5B, 0x66);

  @Override
  public byte[] render(PaymentNoticeSheet sheet) {
    var out = new ByteArrayOutputStream(32 * 1024);
    var pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().addXmpMetadata()));
    pdf.setTagged();
    pdf.getCatalog().setLang(new PdfString("it-IT"));
    pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    pdf.getDocumentInfo().setTitle(TITLE);
    pdf.getDocumentInfo().setAuthor(AUTHOR);
    pdf.getDocumentInfo().setCreator(AUTHOR);
    var fonts = PdfFonts.forDocument();
    try (var document = new Document(pdf, PageSize.A4)) {
      document.setMargins(48, 48, 48, 48);
      document.setFont(fonts.regular()).setFontSize(10);
      document.add(
          role(
              new Paragraph("AVVISO DI PAGAMENTO")
                  .setFont(fonts.bold())
                  .setFontSize(18)
                  .setFontColor(ACCENT)
                  .setMargin(0),
              StandardRoles.H1));
      document.add(parties(fonts, sheet));
      document.add(heading(fonts, "OGGETTO DEL PAGAMENTO"));
      document.add(new Paragraph(sheet.subject()).setFontSize(12));
      document.add(heading(fonts, "QUANTO E QUANDO PAGARE?"));
      document.add(
          new Paragraph()
              .add(new Text(euro(sheet.amount())).setFont(fonts.bold()).setFontSize(16))
              .add(" entro il ")
              .add(new Text(sheet.dueDate().format(DATE)).setFont(fonts.bold()).setFontSize(16)));
      document.add(heading(fonts, "DOVE PAGARE?"));
      document.add(
          channel(
              fonts,
              "PAGA SUL SITO O CON LE APP",
              " del tuo Ente Creditore, della tua Banca o degli altri canali di pagamento. Potrai"
                  + " pagare con carte, conto corrente, CBILL."));
      document.add(
          channel(
              fonts,
              "PAGA SUL TERRITORIO",
              " in Banca, in Ricevitoria, dal Tabaccaio, al Bancomat, al Supermercato. Potrai"
                  + " pagare in contanti, con carte o conto corrente."));
      document.add(banks(fonts, sheet));
    }
    return out.toByteArray();
  }

  /** ENTE CREDITORE beside DESTINATARIO AVVISO: a table with those two column headers. */
  private static Table parties(PdfFonts fonts, PaymentNoticeSheet sheet) {
    var table = new Table(UnitValue.createPercentArray(new float[] {50, 50}));
    table.useAllAvailableWidth().setMarginTop(16);
    for (String party : new String[] {"ENTE CREDITORE", "DESTINATARIO AVVISO"}) {
      var header =
          role(
              new Cell()
                  .add(new Paragraph(party).setFont(fonts.bold()).setFontColor(ACCENT))
                  .setBorder(Border.NO_BORDER)
                  .setBorderBottom(new SolidBorder(ACCENT, 1)),
              StandardRoles.TH);
      header
          .getAccessibilityProperties()
          .addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Column"));
      table.addHeaderCell(header);
    }
    var creditor =
        party(fonts, sheet.creditorName()).add(fiscalCode(fonts, sheet.creditorFiscalCode()));
    var debtor = party(fonts, sheet.debtorName()).add(fiscalCode(fonts, sheet.debtorFiscalCode()));
    if (sheet.debtorAddress() != null && !sheet.debtorAddress().isBlank()) {
      debtor.add(new Paragraph(sheet.debtorAddress().strip()));
    }
    return table.addCell(creditor).addCell(debtor);
  }

  private static Cell party(PdfFonts fonts, String name) {
    return new Cell()
        .setBorder(Border.NO_BORDER)
        .setPaddingTop(4)
        .add(new Paragraph(name).setFont(fonts.bold()).setFontSize(12).setMargin(0));
  }

  private static Paragraph fiscalCode(PdfFonts fonts, String value) {
    return new Paragraph()
        .add(new Text("Cod. Fiscale ").setFontColor(MUTED))
        .add(new Text(value).setFont(fonts.bold()))
        .setMargin(0);
  }

  private static Paragraph channel(PdfFonts fonts, String where, String how) {
    return new Paragraph().add(new Text(where).setFont(fonts.bold())).add(how);
  }

  /**
   * The part banks and the other channels read: the QR code beside the notice code, the creditor's
   * fiscal code and the amount. The table only lays the two out side by side, so it is tagged as
   * plain divisions rather than as a data table.
   */
  private static Div banks(PdfFonts fonts, PaymentNoticeSheet sheet) {
    var box = new Div().setBorder(new SolidBorder(ACCENT, 1)).setPadding(10).setMarginTop(20);
    box.setKeepTogether(true);
    box.add(heading(fonts, "BANCHE E ALTRI CANALI").setMarginTop(0));
    var details =
        role(new Cell(), StandardRoles.DIV)
            .setBorder(Border.NO_BORDER)
            .setPaddingLeft(12)
            .setVerticalAlignment(VerticalAlignment.MIDDLE)
            .add(
                new Paragraph(
                        "Qui accanto trovi il codice QR per pagare attraverso il circuito bancario"
                            + " e gli altri canali di pagamento abilitati.")
                    .setFontSize(9)
                    .setFontColor(MUTED));
    datum(fonts, details, "Codice Avviso", grouped(sheet.noticeNumber()));
    datum(fonts, details, "Cod. Fiscale Ente Creditore", sheet.creditorFiscalCode());
    datum(fonts, details, "Importo", euro(sheet.amount()));
    var layout =
        new Table(UnitValue.createPercentArray(new float[] {26, 74}))
            .useAllAvailableWidth()
            .addCell(
                role(new Cell(), StandardRoles.DIV)
                    .setBorder(Border.NO_BORDER)
                    .setPadding(0)
                    .add(qrCode(sheet)))
            .addCell(details);
    return box.add(role(layout, StandardRoles.DIV));
  }

  private static void datum(PdfFonts fonts, Cell cell, String label, String value) {
    cell.add(new Paragraph(label).setFontSize(8).setFontColor(MUTED).setMargin(0).setMarginTop(6));
    cell.add(new Paragraph(value).setFont(fonts.bold()).setFontSize(12).setMargin(0));
  }

  /**
   * One image pixel per module, the smallest exact image, drawn 4 cm wide without interpolation, so
   * every module stays a sharp square.
   *
   * @throws IllegalArgumentException if the text does not fit a version 4 code
   */
  private static Image qrCode(PaymentNoticeSheet sheet) {
    BitMatrix modules;
    try {
      modules = new QRCodeWriter().encode(sheet.qrText(), BarcodeFormat.QR_CODE, 0, 0, QR_HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("No QR code holds \"" + sheet.qrText() + "\"", e);
    }
    int width = modules.getWidth();
    int height = modules.getHeight();
    int rowBytes = (width + 7) / 8;
    // DeviceGray at one bit per pixel: a set bit is white, rows start on a byte.
    byte[] pixels = new byte[rowBytes * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (!modules.get(x, y)) {
          pixels[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
        }
      }
    }
    var image = new Image(ImageDataFactory.create(width, height, 1, 1, pixels, null));
    image.scaleAbsolute(QR_SIDE, QR_SIDE);
    image.getAccessibilityProperties().setAlternateDescription("Codice QR del pagamento");
    return image;
  }

  private static Paragraph heading(PdfFonts fonts, String title) {
    return role(
        new Paragraph(title)
            .setFont(fonts.bold())
            .setFontSize(11)
            .setFontColor(ACCENT)
            .setMarginTop(14)
            .setMarginBottom(2),
        StandardRoles.H2);
  }

  private static <T extends IAccessibleElement> T role(T element, String role) {
    element.getAccessibilityProperties().setRole(role);
    return element;
  }

  /** "1.234,56 Euro", as the layout writes amounts. */
  static String euro(Money amount) {
    var italian = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ITALY));
    return italian.format(amount.amount()) + " Euro";
  }

  /** The 18 digits in groups of four, "3012 3456 7890 1234 56", as the layout prints them. */
  static String grouped(String noticeNumber) {
    return noticeNumber.strip().replaceAll("(.{4})(?!$)", "$1 ");
  }
}
