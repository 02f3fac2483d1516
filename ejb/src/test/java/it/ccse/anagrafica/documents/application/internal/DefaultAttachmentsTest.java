package it.ccse.anagrafica.documents.application.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.documents.AttachmentSamples;
import it.ccse.anagrafica.documents.application.AttachmentLimits;
import it.ccse.anagrafica.documents.application.AttachmentView;
import it.ccse.anagrafica.documents.domain.Attachment;
import it.ccse.anagrafica.documents.domain.AttachmentRepository;
import it.ccse.anagrafica.documents.domain.AttachmentUse;
import it.ccse.anagrafica.documents.domain.SizeLimit;
import it.ccse.anagrafica.documents.domain.UploadedContent;
import it.ccse.anagrafica.documents.infrastructure.attachments.TikaContentTypeDetector;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC "Attachments" (RQ-1..RQ-3, PY-3) through the service, over an in-memory repository and the
 * real detector: stored with its detected type and SHA-256, read only by its company, refused
 * uploads store nothing.
 */
class DefaultAttachmentsTest {

  private static final long COMPANY = 7;
  private static final long OTHER = 8;
  private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

  private final Map<String, Attachment> rows = new LinkedHashMap<>();
  private final DefaultAttachments service = new DefaultAttachments();

  @BeforeEach
  void wire() throws Exception {
    set("attachments", new InMemory());
    set("detector", new TikaContentTypeDetector());
    set("limits", new FixedLimits());
    set("clock", Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void rq1StoresAPracticeDocumentWithItsDetectedTypeAndDigest() {
    byte[] pdf = AttachmentSamples.pdf();

    AttachmentView view = store(AttachmentUse.PRACTICE, "C:\\scansioni\\denuncia.PDF", pdf);

    assertEquals("denuncia.PDF", view.fileName());
    assertEquals("application/pdf", view.mediaType());
    assertEquals(pdf.length, view.sizeBytes());
    assertEquals(UploadedContent.sha256(pdf), view.sha256());
    assertEquals(LocalDateTime.of(2026, 3, 2, 10, 15, 30), view.uploadedAt());
    assertEquals(36, view.publicId().length());
    assertEquals(Optional.of(view), service.find(COMPANY, view.publicId()));
    assertArrayEquals(pdf, service.content(COMPANY, view.publicId()).bytes());
    assertArrayEquals(pdf, service.contentForStaff(view.publicId()).bytes());
  }

  @Test
  void theTypeIsTheContentsNotTheName() {
    var view = store(AttachmentUse.PAYMENT, "ricevuta.pdf", AttachmentSamples.image("png"));
    assertEquals("image/png", view.mediaType());
    assertEquals("ricevuta.pdf", view.fileName(), "the name is kept as sent, only shown");
  }

  @Test
  void anotherCompanysAttachmentIsNotFound() {
    var view = store(AttachmentUse.PRACTICE, "doc.docx", AttachmentSamples.docx());

    assertEquals(Optional.empty(), service.find(OTHER, view.publicId()));
    assertEquals(Optional.empty(), service.find(COMPANY, "nessuno"));
    assertEquals(Optional.empty(), service.find(COMPANY, null));
    assertThrows(NotFoundException.class, () -> service.content(OTHER, view.publicId()));
    assertThrows(NotFoundException.class, () -> service.discard(OTHER, view.publicId()));
    assertThrows(NotFoundException.class, () -> service.contentForStaff("nessuno"));
    assertEquals(1, rows.size());
  }

  @Test
  void py3RefusedUploadsStoreNothing() {
    assertRefused(
        "attachment.typeNotAllowed",
        () -> store(AttachmentUse.PAYMENT, "ricevuta.pdf", AttachmentSamples.elf()));
    assertRefused(
        "attachment.typeNotAllowed",
        () -> store(AttachmentUse.PAYMENT, "foto.png", AttachmentSamples.text()));
    assertRefused(
        "attachment.typeNotAllowed",
        () ->
            store(
                AttachmentUse.PRACTICE,
                "atto.docx",
                AttachmentSamples.zip(Map.of("atto.txt", "testo"))));
    assertRefused("attachment.empty", () -> store(AttachmentUse.PAYMENT, "vuoto.pdf", new byte[0]));
    var tooLarge =
        assertRefused(
            "attachment.tooLarge",
            () -> store(AttachmentUse.PAYMENT, "grande.pdf", AttachmentSamples.filled(512_001)));
    assertArrayEquals(new Object[] {"500 KB"}, tooLarge.arguments());
    assertTrue(rows.isEmpty());
  }

  @Test
  void discardRemovesTheCompanysOwnAttachment() {
    var view = store(AttachmentUse.PRACTICE, "foto.jpg", AttachmentSamples.image("jpeg"));
    service.discard(COMPANY, view.publicId());
    assertTrue(rows.isEmpty());
  }

  private AttachmentView store(AttachmentUse use, String name, byte[] content) {
    return service.store(COMPANY, use, name, new ByteArrayInputStream(content), "12345670017");
  }

  private static InvalidValueException assertRefused(String key, Runnable upload) {
    var refused = assertThrows(InvalidValueException.class, upload::run);
    assertEquals(key, refused.messageKey());
    return refused;
  }

  private void set(String field, Object value) throws Exception {
    var f = DefaultAttachments.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(service, value);
  }

  private final class InMemory implements AttachmentRepository {

    @Override
    public void store(Attachment attachment) {
      rows.put(attachment.getPublicId(), attachment);
    }

    @Override
    public Optional<Attachment> find(String publicId) {
      return Optional.ofNullable(rows.get(publicId));
    }

    @Override
    public Optional<byte[]> content(String publicId) {
      return find(publicId).map(Attachment::getContent);
    }

    @Override
    public void remove(Attachment attachment) {
      rows.remove(attachment.getPublicId());
    }
  }

  /** The defaults, without a MicroProfile Config implementation in a unit test. */
  private static final class FixedLimits extends AttachmentLimits {
    @Override
    public SizeLimit of(AttachmentUse use) {
      return use.limit(Optional.empty());
    }
  }
}
