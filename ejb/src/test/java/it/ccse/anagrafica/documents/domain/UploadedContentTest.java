package it.ccse.anagrafica.documents.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** SPEC "Attachments", PY-3: size limits, read no further than the limit; SHA-256 stored. */
class UploadedContentTest {

  private static final SizeLimit PAYMENT = AttachmentUse.PAYMENT.limit(java.util.Optional.empty());

  @Test
  void py3AFileOfExactlyTheLimitIsAccepted() {
    var content = UploadedContent.read(new ByteArrayInputStream(new byte[512_000]), PAYMENT);
    assertEquals(512_000, content.size());
  }

  @Test
  void py3OneByteMoreIsRefusedWithTheLimitInTheMessage() {
    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> UploadedContent.read(new ByteArrayInputStream(new byte[512_001]), PAYMENT));
    assertEquals("attachment.tooLarge", refused.messageKey());
    assertArrayEquals(new Object[] {"500 KB"}, refused.arguments());
  }

  @Test
  void readingStopsAtTheFirstBytePastTheLimit() {
    var endless = new CountingEndlessStream();
    assertThrows(
        InvalidValueException.class, () -> UploadedContent.read(endless, new SizeLimit(10_000)));
    assertEquals(10_001, endless.served, "limit + 1 bytes, never more");
    assertEquals(true, endless.closed);
  }

  @Test
  void anEmptyFileIsRefused() {
    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> UploadedContent.read(new ByteArrayInputStream(new byte[0]), PAYMENT));
    assertEquals("attachment.empty", refused.messageKey());
  }

  @Test
  void sha256OfAKnownInput() {
    var content =
        UploadedContent.read(
            new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), PAYMENT);
    // FIPS 180-2, appendix B.1.
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", content.sha256());
  }

  /** Serves 'x' for ever, counting what it served. */
  private static final class CountingEndlessStream extends InputStream {
    long served;
    boolean closed;

    @Override
    public int read() {
      served++;
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'x');
      served += len;
      return len;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
