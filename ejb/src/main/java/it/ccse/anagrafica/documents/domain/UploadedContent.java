package it.ccse.anagrafica.documents.domain;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of an upload, read up to its limit: reading stops at the first byte past it, so no more
 * than {@code limit + 1} bytes are ever held, and an empty or oversized file is refused with {@code
 * attachment.empty} / {@code attachment.tooLarge}.
 */
public final class UploadedContent {

  private static final int CHUNK = 8192;

  private final byte[] bytes;

  private UploadedContent(byte[] bytes) {
    this.bytes = bytes;
  }

  public static UploadedContent read(InputStream in, SizeLimit limit) {
    var out = new ByteArrayOutputStream((int) Math.min(limit.maxBytes() + 1, 64 * 1024));
    byte[] chunk = new byte[CHUNK];
    long wanted = limit.maxBytes() + 1;
    try (in) {
      while (out.size() < wanted) {
        int n = in.read(chunk, 0, (int) Math.min(chunk.length, wanted - out.size()));
        if (n < 0) {
          break;
        }
        out.write(chunk, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Upload not readable", e);
    }
    if (out.size() == 0) {
      throw new InvalidValueException("attachment.empty");
    }
    if (!limit.admits(out.size())) {
      throw new InvalidValueException("attachment.tooLarge", limit.text());
    }
    return new UploadedContent(out.toByteArray());
  }

  /** The bytes themselves, not a copy: handed to the detector and the entity once. */
  public byte[] bytes() {
    return bytes;
  }

  public long size() {
    return bytes.length;
  }

  public String sha256() {
    return sha256(bytes);
  }

  /** Lower-case hexadecimal SHA-256, 64 characters. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
