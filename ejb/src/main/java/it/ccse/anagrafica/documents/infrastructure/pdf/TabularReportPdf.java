package it.ccse.anagrafica.documents.infrastructure.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import it.ccse.anagrafica.documents.application.ReportRenderer;
import it.ccse.anagrafica.documents.domain.TabularReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;

/**
 * Renders a {@link TabularReport} (MD-9, VW-6) as a tagged Italian PDF, one pass, every page footed
 * with the document identifier and "pagina N di M", ready to be sealed.
 */
@ApplicationScoped
public class TabularReportPdf implements ReportRenderer {

  private static final String AUTHOR = "CCSE – Anagrafica Operatori";
  private static final DateTimeFormatter ISSUED_AT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'UTC'");
  private static final Color ACCENT = new DeviceRgb(0x1F, 0x4E, 0x79);
  private static final Color HEADER = new DeviceRgb(0xF1, 0xF4, 0xF8);
  private static final Color RULE = new DeviceRgb(0xC5, 0xCD, 0xD8);

  @Override
  public byte[] render(TabularReport report) {
    var out = new ByteArrayOutputStream(16 * 1024);
    var pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().addXmpMetadata()));
    pdf.setTagged();
    pdf.getCatalog().setLang(new PdfString("it-IT"));
    pdf.getDocumentInfo().setTitle(report.title() + " " + report.documentId());
    pdf.getDocumentInfo().setAuthor(AUTHOR);
    pdf.getDocumentInfo().setCreator(AUTHOR);
    var fonts = PdfFonts.forDocument();
    PdfFont bold = fonts.bold();
    try (var document = new Document(pdf, PageSize.A4, false)) {
      document.setMargins(48, 48, 60, 48);
      document.setFont(fonts.regular()).setFontSize(9);
      document.add(new Paragraph("CCSE – Anagrafica Operatori").setFont(bold).setFontColor(ACCENT));
      document.add(new Paragraph(report.title()).setFont(bold).setFontSize(15).setMarginTop(0));
      var facts = new Table(UnitValue.createPercentArray(new float[] {30, 70}));
      facts.useAllAvailableWidth().setBorder(new SolidBorder(ACCENT, 1));
      fact(facts, bold, "Documento n.", report.documentId());
      fact(facts, bold, "Emesso il", report.issuedAt().format(ISSUED_AT));
      report.facts().forEach(f -> fact(facts, bold, f.label(), f.value()));
      document.add(facts);
      for (var section : report.sections()) {
        document.add(
            new Paragraph(section.title())
                .setFont(bold)
                .setFontSize(11)
                .setFontColor(ACCENT)
                .setMarginTop(14));
        if (section.columns().isEmpty()) {
          section.rows().forEach(row -> document.add(new Paragraph(String.join(" ", row))));
          continue;
        }
        var table = new Table(section.columns().size()).useAllAvailableWidth();
        section
            .columns()
            .forEach(
                c ->
                    table.addHeaderCell(
                        new Cell().add(new Paragraph(c).setFont(bold)).setBackgroundColor(HEADER)));
        section.rows().forEach(row -> row.forEach(value -> table.addCell(cell(value))));
        if (section.rows().isEmpty()) {
          table.addCell(new Cell(1, section.columns().size()).add(new Paragraph("Nessuna voce.")));
        }
        document.add(table);
      }
      int pages = pdf.getNumberOfPages();
      for (int i = 1; i <= pages; i++) {
        document.showTextAligned(
            new Paragraph(report.documentId() + " – pagina " + i + " di " + pages).setFontSize(8),
            PageSize.A4.getWidth() / 2,
            30,
            i,
            TextAlignment.CENTER,
            VerticalAlignment.BOTTOM,
            0);
      }
    }
    return out.toByteArray();
  }

  private static Cell cell(String value) {
    return new Cell()
        .add(new Paragraph(value == null || value.isBlank() ? "—" : value))
        .setBorder(new SolidBorder(RULE, 0.5f));
  }

  private static void fact(Table table, PdfFont bold, String label, String value) {
    table.addCell(new Cell().add(new Paragraph(label).setFont(bold)).setBackgroundColor(HEADER));
    table.addCell(cell(value));
  }
}
