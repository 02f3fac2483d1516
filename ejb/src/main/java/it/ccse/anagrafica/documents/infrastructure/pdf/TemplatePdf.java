package it.ccse.anagrafica.documents.infrastructure.pdf;

import com.itextpdf.forms.form.FormProperty;
import com.itextpdf.forms.form.element.FormField;
import com.itextpdf.forms.form.element.InputField;
import com.itextpdf.forms.form.element.TextArea;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import it.ccse.anagrafica.documents.domain.FilledTemplate;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Field;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;

/**
 * Prints a {@link FilledTemplate} (SE-5, OP-1) as an A4 PDF the operator completes and signs: the
 * title, the paragraphs wrapped to the page, and each field as its label above an AcroForm text
 * field holding the value the portal knows. The fields stay editable — never flattened nor read
 * only — so the operator may correct a value, fill the blank ones and sign.
 *
 * <p>A field offers the lines the template asks for, and more when its value needs them, so no
 * prefilled word is hidden; a field of more than one line is multiline. Text is DejaVu Sans (
 * {@link PdfFonts}); the fields' font is embedded whole, since the operator types letters the
 * prefilled values did not use. Tagged, in Italian, the title shown by the viewer.
 */
@ApplicationScoped
public class TemplatePdf {

  private static final String AUTHOR = "CCSE – Anagrafica Operatori";
  private static final float MARGIN = 56;
  private static final float FONT_SIZE = 10;
  private static final float FIELD_FONT_SIZE = 10;
  private static final float LINE_HEIGHT = FIELD_FONT_SIZE * 1.35f;
  private static final float FIELD_PADDING = 3;
  private static final Color ACCENT = new DeviceRgb(0x1F, 0x4E, 0x79);
  private static final Color FIELD_BORDER = new DeviceRgb(0x8A, 0x94, 0xA3);
  private static final Color FIELD_BACKGROUND = new DeviceRgb(0xF6, 0xF8, 0xFB);

  public TemplatePdf() {
    // Stateless: fonts are bound to a PdfDocument, so each rendering creates its own.
  }

  public byte[] render(FilledTemplate template) {
    var out = new ByteArrayOutputStream(64 * 1024);
    var pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().addXmpMetadata()));
    pdf.setTagged();
    pdf.getCatalog().setLang(new PdfString("it-IT"));
    pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    pdf.getDocumentInfo().setTitle(template.title());
    pdf.getDocumentInfo().setAuthor(AUTHOR);
    pdf.getDocumentInfo().setCreator(AUTHOR);
    var fonts = PdfFonts.forDocument();
    var fieldFont = PdfFonts.whole();
    try (var document = new Document(pdf, PageSize.A4)) {
      document.setMargins(MARGIN, MARGIN, MARGIN, MARGIN);
      document.setFont(fonts.regular()).setFontSize(FONT_SIZE);
      var title =
          new Paragraph(template.title())
              .setFont(fonts.bold())
              .setFontSize(14)
              .setFontColor(ACCENT)
              .setMarginTop(0)
              .setMarginBottom(12);
      title.getAccessibilityProperties().setRole(StandardRoles.H1);
      document.add(title);
      float width = PageSize.A4.getWidth() - 2 * MARGIN;
      for (var block : template.blocks()) {
        if (block instanceof Field field) {
          document.add(field(fonts, fieldFont, field, width));
        } else if (block instanceof FilledTemplate.Paragraph paragraph) {
          document.add(new Paragraph(paragraph.text()).setMarginTop(6).setMarginBottom(6));
        }
      }
    }
    return out.toByteArray();
  }

  /** The label, then the field: kept together on one page. */
  private static Div field(PdfFonts fonts, PdfFont fieldFont, Field field, float width) {
    int lines = lines(fieldFont, field, width - 2 * FIELD_PADDING - 4);
    var label = new Paragraph(field.label()).setFont(fonts.bold()).setMargin(0).setMarginBottom(2);
    var box = new Div().setMarginTop(6).setMarginBottom(4).setKeepTogether(true).add(label);
    if (lines > 1) {
      var area = styled(new TextArea(field.name()), fieldFont, field, width, lines);
      area.setProperty(FormProperty.FORM_FIELD_ROWS, lines);
      return box.add(area);
    }
    return box.add(styled(new InputField(field.name()), fieldFont, field, width, lines));
  }

  /** An interactive field with the value, the label as its tooltip (TU), of the lines given. */
  private static <T extends FormField<T>> T styled(
      T input, PdfFont font, Field field, float width, int lines) {
    input.setValue(value(field));
    input.setInteractive(true);
    input.setAlternativeDescription(field.label());
    input.setWidth(width);
    input.setHeight(lines * LINE_HEIGHT + 2 * FIELD_PADDING);
    return input
        .setFont(font)
        .setFontSize(FIELD_FONT_SIZE)
        .setBorder(new SolidBorder(FIELD_BORDER, 0.75f))
        .setBackgroundColor(FIELD_BACKGROUND);
  }

  private static String value(Field field) {
    return field.value() == null ? "" : field.value();
  }

  /**
   * The lines the template asks for, or those the value needs at this width (each of its own lines
   * wrapped by words), whichever is more.
   */
  private static int lines(PdfFont font, Field field, float width) {
    int needed = 0;
    for (String line : value(field).split("\n", -1)) {
      needed += wrapped(font, line, width);
    }
    return Math.max(Math.max(1, field.lines()), value(field).isEmpty() ? 1 : needed);
  }

  private static int wrapped(PdfFont font, String line, float width) {
    int lines = 1;
    float used = 0;
    float space = font.getWidth(" ", FIELD_FONT_SIZE);
    for (String word : line.split(" ")) {
      float w = font.getWidth(word, FIELD_FONT_SIZE);
      float next = used == 0 ? w : used + space + w;
      if (next <= width || used == 0) {
        used = next;
        // A word wider than the field is broken by the viewer over as many lines.
        while (used > width) {
          lines++;
          used -= width;
        }
      } else {
        lines++;
        used = w;
      }
    }
    return lines;
  }
}
