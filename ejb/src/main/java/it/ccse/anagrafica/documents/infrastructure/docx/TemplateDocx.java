package it.ccse.anagrafica.documents.infrastructure.docx;

import it.ccse.anagrafica.documents.domain.FilledTemplate;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Field;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * Prints a {@link FilledTemplate} (SE-5, OP-1) as an Office Open XML document (DOCX) for those who
 * complete it in a word processor, with Apache POI: the title as a heading (style "Heading1", so a
 * screen reader and the navigation pane see it), the paragraphs, and each field as its label in
 * bold followed by its value, or by as many dotted lines as it offers when the operator fills it.
 * A4 with 2 cm margins, Italian as the proofing language.
 */
@ApplicationScoped
public class TemplateDocx {

  private static final String HEADING = "Heading1";
  private static final String FONT = "Arial";
  // Twentieths of a point: A4 is 11906 × 16838, 2 cm is 1134.
  private static final long PAGE_WIDTH = 11906;
  private static final long PAGE_HEIGHT = 16838;
  private static final long MARGIN = 1134;
  private static final int FONT_SIZE = 11;

  public TemplateDocx() {
    // Stateless: each rendering builds its own document.
  }

  public byte[] render(FilledTemplate template) {
    try (var document = new XWPFDocument();
        var out = new ByteArrayOutputStream(16 * 1024)) {
      describe(document, template);
      var title = document.createParagraph();
      title.setStyle(HEADING);
      title.createRun().setText(template.title());
      for (var block : template.blocks()) {
        if (block instanceof Field field) {
          field(document, field);
        } else if (block instanceof FilledTemplate.Paragraph paragraph) {
          paragraph(document, paragraph.text());
        }
      }
      page(document);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void describe(XWPFDocument document, FilledTemplate template) {
    var properties = document.getProperties().getCoreProperties();
    properties.setTitle(template.title());
    properties.setCreator("CCSE – Anagrafica Operatori");
    XWPFStyles styles = document.createStyles();
    styles.setSpellingLanguage("it-IT");
    var fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    styles.setDefaultFonts(fonts);
    styles.addStyle(heading());
  }

  /** "heading 1": bold, larger, outline level 1, kept with what follows. */
  private static XWPFStyle heading() {
    var style = CTStyle.Factory.newInstance();
    style.setStyleId(HEADING);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal("heading 1");
    style.addNewBasedOn().setVal("Normal");
    style.addNewNext().setVal("Normal");
    style.addNewUiPriority().setVal(BigInteger.valueOf(9));
    style.addNewQFormat();
    var paragraph = style.addNewPPr();
    paragraph.addNewKeepNext();
    paragraph.addNewOutlineLvl().setVal(BigInteger.ZERO);
    var spacing = paragraph.addNewSpacing();
    spacing.setBefore(BigInteger.ZERO);
    spacing.setAfter(BigInteger.valueOf(240));
    var run = style.addNewRPr();
    run.addNewB();
    run.addNewSz().setVal(BigInteger.valueOf(28));
    run.addNewColor().setVal("1F4E79");
    return new XWPFStyle(style);
  }

  private static void paragraph(XWPFDocument document, String text) {
    var paragraph = document.createParagraph();
    paragraph.setSpacingBefore(120);
    paragraph.setSpacingAfter(120);
    text(paragraph, text, false);
  }

  /**
   * The label in bold, kept with the value below it: the value as is, or dotted lines to write on.
   */
  private static void field(XWPFDocument document, Field field) {
    var label = document.createParagraph();
    label.setSpacingBefore(160);
    label.setSpacingAfter(40);
    label.setKeepNext(true);
    text(label, field.label(), true);
    String value = field.value() == null ? "" : field.value();
    if (!value.isBlank()) {
      var paragraph = document.createParagraph();
      paragraph.setSpacingAfter(80);
      text(paragraph, value, false);
      return;
    }
    int lines = Math.max(1, field.lines());
    for (int line = 0; line < lines; line++) {
      var blank = document.createParagraph();
      blank.setSpacingBefore(120);
      blank.setSpacingAfter(0);
      if (line < lines - 1) {
        blank.setKeepNext(true);
      }
      dottedToMargin(blank);
      blank.createRun().addTab();
    }
  }

  /** A right tab stop at the right margin with a dot leader: the blank line of a paper form. */
  private static void dottedToMargin(XWPFParagraph paragraph) {
    var properties =
        paragraph.getCTP().isSetPPr()
            ? paragraph.getCTP().getPPr()
            : paragraph.getCTP().addNewPPr();
    var tab = properties.addNewTabs().addNewTab();
    tab.setVal(STTabJc.RIGHT);
    tab.setLeader(STTabTlc.DOT);
    tab.setPos(BigInteger.valueOf(PAGE_WIDTH - 2 * MARGIN));
  }

  /** The text in one run, its own line breaks kept as breaks. */
  private static void text(XWPFParagraph paragraph, String text, boolean bold) {
    var run = paragraph.createRun();
    run.setFontSize(FONT_SIZE);
    if (bold) {
      run.setBold(true);
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i]);
    }
  }

  private static void page(XWPFDocument document) {
    var body = document.getDocument().getBody();
    var section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    var size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    var margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN));
    margins.setBottom(BigInteger.valueOf(MARGIN));
    margins.setLeft(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
    margins.setHeader(BigInteger.valueOf(708));
    margins.setFooter(BigInteger.valueOf(708));
    margins.setGutter(BigInteger.ZERO);
  }
}
