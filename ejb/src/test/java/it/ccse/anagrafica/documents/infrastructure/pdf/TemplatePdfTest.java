package it.ccse.anagrafica.documents.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.PdfTextFormField;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import it.ccse.anagrafica.documents.domain.FilledTemplate;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Field;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Paragraph;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SE-5, OP-1: the template prints as a PDF whose fields are there, filled with the values given,
 * and left for the operator to edit and sign.
 */
class TemplatePdfTest {

  static final String TITLE = "Autocertificazione dell’attività – settore idrico";
  static final String DECLARATION =
      "Il sottoscritto, consapevole delle sanzioni penali previste dall’art. 76 del DPR 445/2000"
          + " per le dichiarazioni mendaci, dichiara che l’attività è svolta così come indicato.";

  private final TemplatePdf renderer = new TemplatePdf();

  static FilledTemplate sample() {
    return new FilledTemplate(
        "autocertificazione-settore",
        TITLE,
        List.of(
            new Paragraph(DECLARATION),
            new Field(
                "ragioneSociale", "Ragione sociale", "Acque dell’Adige Società Cooperativa", 1),
            new Field(
                "servizi",
                "Servizi",
                "Acquedotto: ATO Verona\nFognatura: ATO Verona, ATO Brenta",
                2),
            new Field("luogo", "Luogo", "", 1),
            new Field("note", "Note", "", 4),
            new Field("firma", "Firma del legale rappresentante", "", 2)));
  }

  @Test
  void SE5_fieldsAreFillableAndPrefilledWithTheirValues() throws Exception {
    try (var pdf = open(renderer.render(sample()))) {
      var fields = PdfAcroForm.getAcroForm(pdf, false).getAllFormFields();
      PdfFormField name = fields.get("ragioneSociale");
      PdfFormField services = fields.get("servizi");
      PdfFormField place = fields.get("luogo");
      PdfFormField notes = fields.get("note");
      assertAll(
          () -> assertEquals(5, fields.size(), fields.keySet().toString()),
          () -> assertEquals("Acque dell’Adige Società Cooperativa", name.getValueAsString()),
          () -> assertFalse(((PdfTextFormField) name).isMultiline()),
          () ->
              assertEquals(
                  "Acquedotto: ATO Verona\nFognatura: ATO Verona, ATO Brenta",
                  services.getValueAsString()),
          () -> assertTrue(((PdfTextFormField) services).isMultiline()),
          () -> assertEquals("", place.getValueAsString()),
          () -> assertFalse(((PdfTextFormField) place).isMultiline()),
          () -> assertTrue(((PdfTextFormField) notes).isMultiline()),
          () -> assertTrue(fields.get("firma") instanceof PdfTextFormField),
          () -> assertEquals("Ragione sociale", name.getAlternativeName().toUnicodeString()));
      for (var field : fields.values()) {
        assertFalse(field.isReadOnly(), field.getFieldName() + " read only");
        assertNotNull(field.getWidgets().get(0).getPdfObject(), field.getFieldName() + " widget");
      }
    }
  }

  @Test
  void SE5_textHasTheTitleTheParagraphsAndTheLabels() throws Exception {
    try (var pdf = open(renderer.render(sample()))) {
      assertEquals(1, pdf.getNumberOfPages());
      assertEquals(PageSize.A4, pdf.getDefaultPageSize());
      assertEquals(TITLE, pdf.getDocumentInfo().getTitle());
      var text = PdfTextExtractor.getTextFromPage(pdf.getPage(1)).replaceAll("\\s+", " ");
      assertAll(
          () -> assertTrue(text.contains(TITLE), text),
          () -> assertTrue(text.contains(DECLARATION), text),
          () -> assertTrue(text.contains("Ragione sociale"), text),
          () -> assertTrue(text.contains("Firma del legale rappresentante"), text));
    }
  }

  @Test
  void SE5_aTemplateWithoutFieldsIsPlainText() throws Exception {
    var template =
        new FilledTemplate(
            "vuoto", "Solo testo: perché no?", List.of(new Paragraph("Né più né meno.")));
    try (var pdf = open(renderer.render(template))) {
      var form = PdfAcroForm.getAcroForm(pdf, false);
      assertTrue(form == null || form.getAllFormFields().isEmpty());
      var text = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
      assertTrue(text.contains("Solo testo: perché no?"), text);
      assertTrue(text.contains("Né più né meno."), text);
    }
  }

  @Test
  void SE5_longTextWrapsOntoASecondPageAndFieldsFollowIt() throws Exception {
    var blocks = new ArrayList<FilledTemplate.Block>();
    for (int i = 1; i <= 40; i++) {
      blocks.add(
          new Paragraph(
              i
                  + ". "
                  + "Dichiaro inoltre che quanto sopra è vero e verificabile, e che comunicherò"
                      .repeat(3)));
    }
    blocks.add(new Field("firma", "Firma", "", 2));
    var template = new FilledTemplate("lungo", "Un testo lungo", blocks);
    try (var pdf = open(renderer.render(template))) {
      assertTrue(pdf.getNumberOfPages() >= 2, "pages: " + pdf.getNumberOfPages());
      var last = PdfTextExtractor.getTextFromPage(pdf.getPage(pdf.getNumberOfPages()));
      assertTrue(last.contains("40. Dichiaro"), last);
      var firma = PdfAcroForm.getAcroForm(pdf, false).getField("firma");
      var page = firma.getWidgets().get(0).getPage();
      assertEquals(pdf.getNumberOfPages(), pdf.getPageNumber(page));
    }
  }

  @Test
  void SE5_aValueLongerThanItsLinesGetsTheLinesItNeeds() throws Exception {
    var value =
        "Società Consortile per la Gestione del Servizio Idrico Integrato ".repeat(4).strip();
    var template =
        new FilledTemplate(
            "lungo", "Titolo", List.of(new Field("ragioneSociale", "Ragione sociale", value, 1)));
    try (var pdf = open(renderer.render(template))) {
      var field = (PdfTextFormField) PdfAcroForm.getAcroForm(pdf, false).getField("ragioneSociale");
      assertEquals(value, field.getValueAsString());
      assertTrue(field.isMultiline());
      assertTrue(field.getWidgets().get(0).getRectangle().toRectangle().getHeight() > 40);
    }
  }

  private static PdfDocument open(byte[] bytes) throws Exception {
    return new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)));
  }
}
