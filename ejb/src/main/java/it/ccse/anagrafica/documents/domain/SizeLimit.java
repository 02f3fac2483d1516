package it.ccse.anagrafica.documents.domain;

/** The most bytes an attachment may have, and how the refusal writes it ("500 KB", "5 MB"). */
public record SizeLimit(long maxBytes) {

  private static final long KB = 1024;
  private static final long MB = 1024 * KB;

  public SizeLimit {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("A size limit is positive: " + maxBytes);
    }
  }

  public boolean admits(long bytes) {
    return bytes <= maxBytes;
  }

  /** Whole megabytes or kilobytes (1024-based, as browsers and the manual count) where exact. */
  public String text() {
    if (maxBytes % MB == 0) {
      return maxBytes / MB + " MB";
    }
    if (maxBytes % KB == 0) {
      return maxBytes / KB + " KB";
    }
    return maxBytes + " byte";
  }
}
