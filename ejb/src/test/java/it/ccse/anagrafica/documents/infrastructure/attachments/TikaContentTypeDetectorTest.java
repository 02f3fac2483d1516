package it.ccse.anagrafica.documents.infrastructure.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.documents.AttachmentSamples;
import it.ccse.anagrafica.documents.domain.AttachmentType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC "Attachments" (RQ-1..RQ-3, PY-3): the type of a file is told by its content, from real tiny
 * files of each allowed format; impostors are not one of them, whatever they are called.
 */
class TikaContentTypeDetectorTest {

  private final TikaContentTypeDetector detector = new TikaContentTypeDetector();

  private Optional<AttachmentType> typeOf(byte[] content) {
    return AttachmentType.of(detector.detect(content));
  }

  @Test
  void aPdfIsAPdf() {
    assertEquals(Optional.of(AttachmentType.PDF), typeOf(AttachmentSamples.pdf()));
  }

  @Test
  void imagesAreKnownByTheirContent() {
    assertEquals(Optional.of(AttachmentType.PNG), typeOf(AttachmentSamples.image("png")));
    assertEquals(Optional.of(AttachmentType.JPEG), typeOf(AttachmentSamples.image("jpeg")));
    assertEquals(Optional.of(AttachmentType.BMP), typeOf(AttachmentSamples.image("bmp")));
    assertEquals(Optional.of(AttachmentType.TIFF), typeOf(AttachmentSamples.image("tiff")));
  }

  @Test
  void aWordPackageIsADocxWhereverItsContentTypesAre() {
    assertEquals(Optional.of(AttachmentType.DOCX), typeOf(AttachmentSamples.docx()));
    assertEquals(
        Optional.of(AttachmentType.DOCX),
        typeOf(AttachmentSamples.docx(AttachmentSamples.WORD_MAIN, false)),
        "Tika's magic sees a plain zip here");
  }

  @Test
  void otherPackagesAndPlainZipsAreNotADocx() {
    assertEquals(
        Optional.empty(),
        typeOf(
            AttachmentSamples.docx("application/vnd.ms-word.document.macroEnabled.main+xml", true)),
        "a macro-enabled document");
    assertEquals(
        Optional.empty(),
        typeOf(
            AttachmentSamples.docx(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                true)),
        "a spreadsheet");
    var plain = new LinkedHashMap<String, String>();
    plain.put("leggimi.txt", "niente");
    plain.put("word/document.xml", "<w:document/>");
    assertEquals(Optional.empty(), typeOf(AttachmentSamples.zip(plain)), "a zip renamed .docx");
    var declaredOnly = new LinkedHashMap<String, String>();
    declaredOnly.put(
        "[Content_Types].xml",
        AttachmentSamples.DOCX_CONTENT_TYPES.formatted(AttachmentSamples.WORD_MAIN));
    assertEquals(
        Optional.empty(), typeOf(AttachmentSamples.zip(declaredOnly)), "the main part missing");
  }

  @Test
  void aWordBinaryIsADoc() {
    assertEquals(
        Optional.of(AttachmentType.DOC),
        typeOf(AttachmentSamples.ole2("WordDocument", 1)),
        "Tika's own magic");
    assertEquals(
        Optional.of(AttachmentType.DOC),
        typeOf(AttachmentSamples.ole2("WordDocument", 9)),
        "the directory past Tika's window: Ole2Word finds it");
  }

  @Test
  void otherOle2FilesAreNotADoc() {
    assertEquals(Optional.empty(), typeOf(AttachmentSamples.ole2("Workbook", 1)));
    assertEquals(Optional.empty(), typeOf(AttachmentSamples.ole2("Workbook", 9)));
    assertEquals(Optional.empty(), typeOf(AttachmentSamples.ole2("WordDocumentX", 9)));
  }

  @Test
  void executablesAndTextAreRefusedWhateverTheirName() {
    assertEquals(Optional.empty(), typeOf(AttachmentSamples.elf()), "ELF renamed .pdf");
    assertEquals(Optional.empty(), typeOf(AttachmentSamples.exe()), "exe renamed .pdf");
    assertEquals(Optional.empty(), typeOf(AttachmentSamples.text()), "text renamed .png");
    assertNotEquals("application/pdf", detector.detect(AttachmentSamples.exe()));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 100})
  void garbageIsNoFormat(int size) {
    assertEquals(Optional.empty(), typeOf(AttachmentSamples.filled(size)));
  }

  @Test
  void aTruncatedZipIsNoDocx() {
    byte[] docx = AttachmentSamples.docx();
    assertFalse(OfficeOpenXml.isWordDocument(java.util.Arrays.copyOf(docx, 40)));
    assertTrue(OfficeOpenXml.isWordDocument(docx));
  }

  @Test
  void theMainPartIsReadFromTheDeclaration() {
    assertEquals(
        Optional.of("word/document.xml"),
        OfficeOpenXml.wordMainPart(
            AttachmentSamples.DOCX_CONTENT_TYPES.formatted(AttachmentSamples.WORD_MAIN)));
    assertEquals(
        Optional.of("word/main.xml"),
        OfficeOpenXml.wordMainPart(
            "<Types><Override ContentType='"
                + AttachmentSamples.WORD_MAIN
                + "' PartName='/WORD/Main.xml'/></Types>"));
    assertEquals(Optional.empty(), OfficeOpenXml.wordMainPart("<Types/>"));
    assertEquals(Optional.empty(), OfficeOpenXml.wordMainPart(Map.of().toString()));
  }
}
