package it.ccse.anagrafica.documents.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC "Attachments": the allowed formats, and the limits of each use. */
class AttachmentTypeTest {

  @Test
  void theAllowedFormatsAreTheManualsList() {
    assertEquals("pdf, doc, docx, tif, tiff, jpg, jpeg, bmp, png", AttachmentType.allowed());
  }

  @Test
  void aFormatIsKnownByItsDetectedMediaTypeOnly() {
    assertEquals(Optional.of(AttachmentType.TIFF), AttachmentType.of("image/tiff"));
    assertEquals(Optional.empty(), AttachmentType.of("application/zip"));
    assertEquals(Optional.empty(), AttachmentType.of("application/x-tika-msoffice"));
    var refused =
        assertThrows(
            InvalidValueException.class, () -> AttachmentType.require("application/x-msdownload"));
    assertEquals("attachment.typeNotAllowed", refused.messageKey());
    assertArrayEquals(new Object[] {AttachmentType.allowed()}, refused.arguments());
  }

  @Test
  void py3PaymentsAreLimitedTo500KbWhateverTheConfiguration() {
    assertEquals(512_000, AttachmentUse.PAYMENT.limit(Optional.of(9_999_999L)).maxBytes());
    assertEquals("500 KB", AttachmentUse.PAYMENT.limit(Optional.empty()).text());
    assertEquals(Optional.empty(), AttachmentUse.PAYMENT.configKey());
  }

  @Test
  void practicesTakeTheConfiguredLimitOr5Mb() {
    assertEquals(
        Optional.of("anagrafica.attachments.max-bytes"), AttachmentUse.PRACTICE.configKey());
    assertEquals(5_242_880, AttachmentUse.PRACTICE.limit(Optional.empty()).maxBytes());
    assertEquals("5 MB", AttachmentUse.PRACTICE.limit(Optional.empty()).text());
    assertEquals("2 MB", AttachmentUse.PRACTICE.limit(Optional.of(2_097_152L)).text());
    assertEquals("1000 byte", new SizeLimit(1000).text());
  }
}
