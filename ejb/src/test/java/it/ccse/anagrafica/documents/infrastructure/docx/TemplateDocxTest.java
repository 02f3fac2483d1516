package it.ccse.anagrafica.documents.infrastructure.docx;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.documents.domain.FilledTemplate;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Field;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Paragraph;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** SE-5, OP-1: the template as a DOCX a word processor opens, with the same words as the PDF. */
class TemplateDocxTest {

  private static final String TITLE = "Autocertificazione dell’attività – settore idrico";
  private static final String DECLARATION =
      "Il sottoscritto, consapevole delle sanzioni penali previste dall’art. 76 del DPR 445/2000,"
          + " dichiara che l’attività è svolta così come indicato.";

  private final TemplateDocx renderer = new TemplateDocx();

  @Test
  void SE5_titleParagraphsLabelsAndValuesInOrder() throws Exception {
    var template =
        new FilledTemplate(
            "autocertificazione-settore",
            TITLE,
            List.of(
                new Paragraph(DECLARATION),
                new Field("ragioneSociale", "Ragione sociale", "Acque dell’Adige S.p.A.", 1),
                new Field("servizi", "Servizi", "Acquedotto: ATO Verona\nFognatura: ATO Brenta", 2),
                new Field("luogo", "Luogo", "", 1),
                new Field("firma", "Firma", "", 2)));
    try (var docx = open(renderer.render(template))) {
      List<String> texts = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      var title = docx.getParagraphs().get(0);
      assertAll(
          () -> assertEquals(TITLE, title.getText()),
          () -> assertEquals("Heading1", title.getStyle()),
          () -> assertEquals("heading 1", docx.getStyles().getStyle("Heading1").getName()),
          () -> assertEquals(TITLE, docx.getProperties().getCoreProperties().getTitle()),
          () ->
              assertEquals(
                  List.of(
                      TITLE,
                      DECLARATION,
                      "Ragione sociale",
                      "Acque dell’Adige S.p.A.",
                      "Servizi",
                      "Acquedotto: ATO Verona\nFognatura: ATO Brenta",
                      "Luogo",
                      "\t",
                      "Firma",
                      "\t",
                      "\t"),
                  texts),
          () -> assertTrue(docx.getParagraphs().get(2).getRuns().get(0).isBold()),
          () ->
              assertEquals(
                  "11906",
                  String.valueOf(docx.getDocument().getBody().getSectPr().getPgSz().getW())));
    }
  }

  @Test
  void SE5_aTemplateWithoutFieldsIsItsTitleAndText() throws Exception {
    var template =
        new FilledTemplate("vuoto", "Perché sì", List.of(new Paragraph("Più è meglio’")));
    try (var docx = open(renderer.render(template))) {
      assertEquals(
          List.of("Perché sì", "Più è meglio’"),
          docx.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }
  }

  @Test
  void SE5_aLongValueIsKeptWhole() throws Exception {
    var value = "Società Consortile per la Gestione del Servizio Idrico Integrato ".repeat(20);
    var template =
        new FilledTemplate("lungo", "Titolo", List.of(new Field("nome", "Nome", value, 1)));
    try (var docx = open(renderer.render(template))) {
      assertEquals(value, docx.getParagraphs().get(2).getText());
    }
  }

  private static XWPFDocument open(byte[] bytes) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }
}
