package it.ccse.anagrafica.documents.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfCatalog;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfRevisionsReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import it.ccse.anagrafica.documents.domain.RegistrationForm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC CD-2: the registration form the legal representative downloads and signs. */
class RegistrationFormPdfTest {

  private static final String DOCUMENT_ID = "MR-2026-000123";

  private final RegistrationFormPdf renderer = new RegistrationFormPdf();

  @Test
  void CD2_formShowsEveryDeclaredDatumAndTheDocumentId() throws IOException {
    RegistrationForm form = sampleForm();

    List<String> pages = pagesText(renderer.render(form));
    String text = String.join(" ", pages);

    assertAll(
        () -> assertContains(text, "CCSE – Cassa per i servizi energetici e ambientali"),
        () -> assertContains(text, "Anagrafica Operatori – Modulo di registrazione"),
        () -> assertContains(text, "Documento n. MR-2026-000123"),
        () -> assertContains(text, "Emesso il 09/03/2026 alle ore 14:05 UTC"),
        () -> assertContains(text, "Ragione sociale Solare Adriatico S.r.l."),
        () -> assertContains(text, "Forma giuridica Società a responsabilità limitata"),
        () -> assertContains(text, "Codice fiscale 01234567890"),
        () -> assertContains(text, "Partita IVA 09876543210"),
        () -> assertContains(text, "Indirizzo Via dell’Industria"),
        () -> assertContains(text, "Numero civico 12/B"),
        () -> assertContains(text, "CAP 60131"),
        () -> assertContains(text, "Comune Ancona"),
        () -> assertContains(text, "Provincia AN"),
        () -> assertContains(text, "Regione Marche"),
        () -> assertContains(text, "Nome Mario"),
        () -> assertContains(text, "Cognome Rossi"),
        () -> assertContains(text, "Codice fiscale RSSMRA85T10A562S"),
        () -> assertContains(text, "E-mail info@solareadriatico.it"),
        () -> assertContains(text, "PEC solareadriatico@pec.it"),
        () -> assertContains(text, "Telefono 071 1234567"),
        () -> assertContains(text, "Nome Lucia"),
        () -> assertContains(text, "Cognome Bianchi"),
        () -> assertContains(text, "Telefono 333 7654321"),
        () -> assertContains(text, "E-mail l.bianchi@solareadriatico.it"),
        () -> assertContains(text, "IBAN IT60 X054 2811 1010 0000 0123 456"),
        () -> assertContains(text, "Banca Banca Popolare di Ancona"),
        () ->
            assertContains(
                text,
                "Il sottoscritto Mario Rossi, codice fiscale RSSMRA85T10A562S, in qualità di"
                    + " legale rappresentante di Solare Adriatico S.r.l., dichiara sotto la propria"
                    + " responsabilità, ai sensi degli artt. 46 e 47 del D.P.R. 445/2000, che i dati"
                    + " riportati nel presente modulo sono veritieri."),
        () ->
            assertContains(
                text,
                "Il modulo deve essere firmato digitalmente dal legale rappresentante (formato"
                    + " CAdES .p7m o PAdES) e caricato nel portale Anagrafica Operatori. Il"
                    + " documento firmato deve essere identico a quello scaricato: non modificarlo"
                    + " prima della firma."));
    for (String title :
        List.of(
            "Dati dell’azienda",
            "Sede legale",
            "Legale rappresentante",
            "Recapiti",
            "Referente",
            "Coordinate bancarie")) {
      assertContains(text, title);
    }
    for (int page = 1; page <= pages.size(); page++) {
      assertContains(
          pages.get(page - 1),
          "Documento " + DOCUMENT_ID + " – pagina " + page + " di " + pages.size());
    }
  }

  @Test
  void CD2_formIsASingleRevisionTaggedItalianPdfWithoutFormsScriptsOrEncryption()
      throws IOException {
    byte[] pdf = renderer.render(sampleForm());

    assertEquals(1, occurrences(pdf, "%%EOF"), "one revision, no incremental update");
    try (PdfReader reader = new PdfReader(new ByteArrayInputStream(pdf));
        PdfDocument document = new PdfDocument(reader)) {
      assertFalse(reader.hasRebuiltXref(), "the cross-reference table is intact");
      assertFalse(reader.hasFixedXref(), "the cross-reference table is intact");
      assertEquals(1, new PdfRevisionsReader(reader).getAllRevisions().size());
      assertFalse(reader.isEncrypted());

      assertTrue(document.isTagged());
      PdfCatalog catalog = document.getCatalog();
      assertEquals("it-IT", catalog.getLang().toUnicodeString());
      PdfDictionary catalogDictionary = catalog.getPdfObject();
      for (PdfName absent :
          List.of(PdfName.AcroForm, PdfName.Names, PdfName.OpenAction, PdfName.AA)) {
        assertNull(catalogDictionary.get(absent), absent + " in the catalog");
      }
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        assertNull(document.getPage(page).getPdfObject().get(PdfName.Annots));
      }

      PdfDocumentInfo info = document.getDocumentInfo();
      assertEquals("Modulo di registrazione " + DOCUMENT_ID, info.getTitle());
      assertEquals("CCSE – Anagrafica Operatori", info.getAuthor());
      assertContains(info.getSubject(), DOCUMENT_ID);
      assertContains(info.getKeywords(), DOCUMENT_ID);
      assertEquals(DOCUMENT_ID, info.getMoreInfo("DocumentId"));
      assertContains(
          new String(document.getXmpMetadataBytes(), StandardCharsets.UTF_8),
          "Modulo di registrazione " + DOCUMENT_ID);
    }
  }

  @Test
  void CD2_undeclaredOptionalDataShowAsADash() throws IOException {
    RegistrationForm form =
        new RegistrationForm(
            DOCUMENT_ID,
            LocalDateTime.of(2026, 3, 9, 14, 5),
            "Ditta Individuale Verdi",
            "VRDGPP70A01H501X",
            null,
            "Impresa individuale",
            "Piazza Garibaldi",
            "1",
            "00100",
            "Roma",
            "RM",
            "Lazio",
            "Giuseppe",
            "Verdi",
            "VRDGPP70A01H501X",
            "giuseppe@verdi.it",
            "verdi@pec.it",
            " ",
            null,
            null,
            null,
            null,
            null,
            "");

    String text = String.join(" ", pagesText(renderer.render(form)));

    assertAll(
        () -> assertContains(text, "Partita IVA —"),
        () -> assertContains(text, "Telefono —"),
        () -> assertContains(text, "IBAN —"),
        () -> assertContains(text, "Banca —"));
  }

  @Test
  void CD2_formPrintsEuropeanTextThatExtractsAsTypedInAnEmbeddedFont() throws IOException {
    RegistrationForm form = withRagioneSociale(sampleForm(), PdfFontsTest.EUROPEAN);
    byte[] pdf = renderer.render(form);

    String text = String.join(" ", pagesText(pdf));

    assertContains(text, "Ragione sociale " + PdfFontsTest.EUROPEAN);
    assertContains(text, "legale rappresentante di " + PdfFontsTest.EUROPEAN + ", dichiara");
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      PdfFontsTest.assertEmbeddedDejaVu(
          document.getPage(1).getResources().getResource(PdfName.Font));
    }
  }

  @Test
  void CD2_aCharacterTheFontCannotPrintIsRefusedRatherThanDropped() {
    RegistrationForm form = withRagioneSociale(sampleForm(), "Pizzeria 🍕 Da Mario");

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> renderer.render(form));

    assertContains(refused.getMessage(), "U+1F355");
  }

  @Test
  void CD2_ibanIsPrintedInGroupsOfFour() {
    assertEquals(
        "IT60 X054 2811 1010 0000 0123 456",
        RegistrationFormPdf.groupIban("IT60X0542811101000000123456"));
    assertEquals("IT60 X054", RegistrationFormPdf.groupIban("IT60X054"));
  }

  @Test
  void CD2_rendersManyFormsQuickly() {
    // Class loading and font metrics are paid once per JVM, not per form.
    renderer.render(sampleForm());
    int forms = 200;

    long started = System.nanoTime();
    long bytes = 0;
    for (int i = 0; i < forms; i++) {
      bytes += renderer.render(sampleForm()).length;
    }
    double perFormMillis = (System.nanoTime() - started) / 1e6 / forms;

    System.out.printf(
        "RegistrationFormPdf: %d forms, %.2f ms per form, %d bytes per form%n",
        forms, perFormMillis, bytes / forms);
  }

  static RegistrationForm sampleForm() {
    return new RegistrationForm(
        DOCUMENT_ID,
        LocalDateTime.of(2026, 3, 9, 14, 5),
        "Solare Adriatico S.r.l.",
        "01234567890",
        "09876543210",
        "Società a responsabilità limitata",
        "Via dell’Industria",
        "12/B",
        "60131",
        "Ancona",
        "AN",
        "Marche",
        "Mario",
        "Rossi",
        "RSSMRA85T10A562S",
        "info@solareadriatico.it",
        "solareadriatico@pec.it",
        "071 1234567",
        "Lucia",
        "Bianchi",
        "333 7654321",
        "l.bianchi@solareadriatico.it",
        "IT60X0542811101000000123456",
        "Banca Popolare di Ancona");
  }

  private static RegistrationForm withRagioneSociale(RegistrationForm f, String ragioneSociale) {
    return new RegistrationForm(
        f.documentId(),
        f.issuedAt(),
        ragioneSociale,
        f.codiceFiscale(),
        f.partitaIva(),
        f.legalForm(),
        f.street(),
        f.streetNumber(),
        f.cap(),
        f.comune(),
        f.provinceSigla(),
        f.region(),
        f.legalRepName(),
        f.legalRepSurname(),
        f.legalRepCodiceFiscale(),
        f.email(),
        f.pec(),
        f.phone(),
        f.contactName(),
        f.contactSurname(),
        f.contactPhone(),
        f.contactEmail(),
        f.iban(),
        f.bankName());
  }

  /** Each page's text, with line breaks and runs of spaces made single spaces. */
  private static List<String> pagesText(byte[] pdf) throws IOException {
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        pages.add(PdfTextExtractor.getTextFromPage(document.getPage(page)).replaceAll("\\s+", " "));
      }
      return pages;
    }
  }

  private static int occurrences(byte[] haystack, String needle) {
    String text = new String(haystack, StandardCharsets.ISO_8859_1);
    int count = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }

  private static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), () -> "\"" + expected + "\" not in: " + text);
  }
}
