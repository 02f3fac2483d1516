package it.ccse.anagrafica.documents.infrastructure.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
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
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import it.ccse.anagrafica.documents.application.RegistrationFormRenderer;
import it.ccse.anagrafica.documents.domain.RegistrationForm;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders the registration form (SPEC CD-2) the legal representative signs with a smart card.
 *
 * <p>The output is deliberately plain so that any signing application accepts it and a PAdES
 * signature can be checked against it: one revision written in a single pass, tagged, in Italian,
 * no forms, scripts or encryption, DejaVu Sans embedded ({@link PdfFonts}). Every page carries the
 * document identifier in its footer, so a printed page can be traced back to the issued document.
 */
@ApplicationScoped
public class RegistrationFormPdf implements RegistrationFormRenderer {

  private static final String AUTHOR = "CCSE – Anagrafica Operatori";
  private static final String DOCUMENT_ID_INFO_KEY = "DocumentId";

  private static final DateTimeFormatter ISSUED_AT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'alle ore' HH:mm 'UTC'");
  private static final String NOT_DECLARED = "—";
  private static final float MARGIN = 56;
  private static final float BOTTOM_MARGIN = 64;
  private static final float FOOTER_BASELINE = 30;
  private static final Color ACCENT = new DeviceRgb(0x1F, 0x4E, 0x79);
  private static final Color MUTED = new DeviceRgb(0x55, 0x5B, 0x66);
  private static final Color LABEL_BACKGROUND = new DeviceRgb(0xF1, 0xF4, 0xF8);
  private static final Color RULE = new DeviceRgb(0xC5, 0xCD, 0xD8);

  public RegistrationFormPdf() {
    // Stateless: fonts are bound to a PdfDocument, so each rendering creates its own.
  }

  /**
   * The form as PDF bytes.
   *
   * @throws IllegalArgumentException if a value has a character the font cannot print, because a
   *     declaration must not be signed with letters silently missing (the forms refuse them first)
   */
  @Override
  public byte[] render(RegistrationForm form) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().addXmpMetadata()));
    describe(pdf, form);
    PdfFonts fonts = PdfFonts.forDocument();
    // Pages stay open until close, so the footers can say "pagina N di M" in this one pass.
    try (Document document = new Document(pdf, PageSize.A4, false)) {
      document.setMargins(MARGIN, MARGIN, BOTTOM_MARGIN, MARGIN);
      document.setFont(fonts.regular()).setFontSize(10);
      addHeader(document, fonts, form);
      addSections(document, fonts, form);
      addDeclaration(document, fonts, form);
      addFooters(document, form);
    }
    return out.toByteArray();
  }

  private static void describe(PdfDocument pdf, RegistrationForm form) {
    pdf.setTagged();
    pdf.getCatalog().setLang(new PdfString("it-IT"));
    pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    PdfDocumentInfo info = pdf.getDocumentInfo();
    info.setTitle("Modulo di registrazione " + form.documentId());
    info.setAuthor(AUTHOR);
    info.setCreator(AUTHOR);
    info.setSubject(
        "Modulo di registrazione all’Anagrafica Operatori CCSE, documento " + form.documentId());
    info.setKeywords(form.documentId() + ", CCSE, Anagrafica Operatori, modulo di registrazione");
    info.setMoreInfo(DOCUMENT_ID_INFO_KEY, form.documentId());
  }

  private static void addHeader(Document document, PdfFonts fonts, RegistrationForm form) {
    document.add(
        new Paragraph("CCSE – Cassa per i servizi energetici e ambientali")
            .setFont(fonts.bold())
            .setFontSize(11)
            .setFontColor(ACCENT)
            .setMargin(0));
    Paragraph title =
        new Paragraph("Anagrafica Operatori – Modulo di registrazione")
            .setFont(fonts.bold())
            .setFontSize(16)
            .setMarginTop(2)
            .setMarginBottom(12);
    title.getAccessibilityProperties().setRole(StandardRoles.H1);
    document.add(title);

    Table identification = labelValueTable();
    identification.setBorder(new SolidBorder(ACCENT, 1));
    addRow(identification, fonts, "Documento n.", form.documentId(), true);
    addRow(identification, fonts, "Emesso il", form.issuedAt().format(ISSUED_AT), true);
    document.add(identification);
  }

  private static void addSections(Document document, PdfFonts fonts, RegistrationForm form) {
    addSection(
        document,
        fonts,
        "Dati dell’azienda",
        List.of(
            new Field("Ragione sociale", form.ragioneSociale()),
            new Field("Forma giuridica", form.legalForm()),
            new Field("Codice fiscale", form.codiceFiscale()),
            new Field("Partita IVA", form.partitaIva())));
    addSection(
        document,
        fonts,
        "Sede legale",
        List.of(
            new Field("Indirizzo", form.street()),
            new Field("Numero civico", form.streetNumber()),
            new Field("CAP", form.cap()),
            new Field("Comune", form.comune()),
            new Field("Provincia", form.provinceSigla()),
            new Field("Regione", form.region())));
    addSection(
        document,
        fonts,
        "Legale rappresentante",
        List.of(
            new Field("Nome", form.legalRepName()),
            new Field("Cognome", form.legalRepSurname()),
            new Field("Codice fiscale", form.legalRepCodiceFiscale())));
    addSection(
        document,
        fonts,
        "Recapiti",
        List.of(
            new Field("E-mail", form.email()),
            new Field("PEC", form.pec()),
            new Field("Telefono", form.phone())));
    addSection(
        document,
        fonts,
        "Referente",
        List.of(
            new Field("Nome", form.contactName()),
            new Field("Cognome", form.contactSurname()),
            new Field("Telefono", form.contactPhone()),
            new Field("E-mail", form.contactEmail())));
    addSection(
        document,
        fonts,
        "Coordinate bancarie",
        List.of(
            new Field("IBAN", form.iban() == null ? null : groupIban(form.iban())),
            new Field("Banca", form.bankName())));
  }

  private static void addDeclaration(Document document, PdfFonts fonts, RegistrationForm form) {
    document.add(heading(fonts, "Dichiarazione"));
    document.add(
        new Paragraph(
                "Il sottoscritto "
                    + form.legalRepName()
                    + " "
                    + form.legalRepSurname()
                    + ", codice fiscale "
                    + form.legalRepCodiceFiscale()
                    + ", in qualità di legale rappresentante di "
                    + form.ragioneSociale()
                    + ", dichiara sotto la propria responsabilità, ai sensi degli artt. 46 e 47"
                    + " del D.P.R. 445/2000, che i dati riportati nel presente modulo sono"
                    + " veritieri.")
            .setTextAlignment(TextAlignment.JUSTIFIED)
            .setMarginTop(0));
    document.add(
        new Paragraph(
                "Il modulo deve essere firmato digitalmente dal legale rappresentante (formato"
                    + " CAdES .p7m o PAdES) e caricato nel portale Anagrafica Operatori. Il"
                    + " documento firmato deve essere identico a quello scaricato: non modificarlo"
                    + " prima della firma.")
            .setFont(fonts.bold())
            .setFontSize(9)
            .setFontColor(ACCENT)
            .setBorderLeft(new SolidBorder(ACCENT, 2))
            .setPaddingLeft(8)
            .setMarginTop(10)
            .setKeepTogether(true));
  }

  private static void addFooters(Document document, RegistrationForm form) {
    int pages = document.getPdfDocument().getNumberOfPages();
    float width = PageSize.A4.getWidth() - 2 * MARGIN;
    for (int page = 1; page <= pages; page++) {
      Paragraph footer =
          new Paragraph("Documento " + form.documentId() + " – pagina " + page + " di " + pages)
              .setFontSize(8)
              .setFontColor(MUTED)
              .setTextAlignment(TextAlignment.CENTER)
              .setBorderTop(new SolidBorder(RULE, 0.5f))
              .setPaddingTop(4)
              .setMargin(0)
              .setFixedPosition(page, MARGIN, FOOTER_BASELINE, width);
      // Page furniture, not content: screen readers skip it.
      footer.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
      document.add(footer);
    }
  }

  private static void addSection(
      Document document, PdfFonts fonts, String title, List<Field> fields) {
    document.add(heading(fonts, title).setKeepWithNext(true));
    Table table = labelValueTable();
    table.setKeepTogether(true);
    for (Field field : fields) {
      addRow(table, fonts, field.label(), field.value(), false);
    }
    document.add(table);
  }

  private static Paragraph heading(PdfFonts fonts, String title) {
    Paragraph heading =
        new Paragraph(title)
            .setFont(fonts.bold())
            .setFontSize(11)
            .setFontColor(ACCENT)
            .setMarginTop(14)
            .setMarginBottom(4);
    heading.getAccessibilityProperties().setRole(StandardRoles.H2);
    return heading;
  }

  private static Table labelValueTable() {
    return new Table(UnitValue.createPercentArray(new float[] {32, 68})).useAllAvailableWidth();
  }

  private static void addRow(
      Table table, PdfFonts fonts, String label, String value, boolean emphasized) {
    Border rule = new SolidBorder(RULE, 0.5f);
    Cell labelCell =
        new Cell()
            .add(new Paragraph(label).setFontColor(MUTED))
            .setBackgroundColor(LABEL_BACKGROUND)
            .setBorder(rule)
            .setPadding(4);
    // Row headers, so assistive technology reads "Codice fiscale: …" rather than two loose cells.
    labelCell.getAccessibilityProperties().setRole(StandardRoles.TH);
    labelCell
        .getAccessibilityProperties()
        .addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Row"));
    Paragraph valueText = new Paragraph(printable(fonts.regular(), value));
    if (emphasized) {
      valueText.setFont(fonts.bold()).setFontSize(12);
    }
    table.addCell(labelCell);
    table.addCell(new Cell().add(valueText).setBorder(rule).setPadding(4));
  }

  private static String printable(PdfFont font, String value) {
    if (value == null || value.isBlank()) {
      return NOT_DECLARED;
    }
    String text = value.strip();
    text.codePoints()
        .filter(codePoint -> !font.containsGlyph(codePoint))
        .findFirst()
        .ifPresent(
            codePoint -> {
              throw new IllegalArgumentException(
                  "DejaVu Sans cannot print U+%04X in \"%s\"".formatted(codePoint, text));
            });
    return text;
  }

  /** A compact IBAN in groups of four, as printed on bank documents. */
  static String groupIban(String iban) {
    return iban.strip().replaceAll("(.{4})(?!$)", "$1 ");
  }

  private record Field(String label, String value) {}
}
