package it.ccse.anagrafica.reconciliation.application;

import it.ccse.anagrafica.reconciliation.domain.RegisterUpload;
import java.io.Serializable;
import java.time.LocalDateTime;

/** An uploaded Business Register extract as the batch console lists it (BA-1, AD-4). */
public record RegisterUploadView(
    Long id,
    String fileName,
    String storedPath,
    long sizeBytes,
    long dataLines,
    LocalDateTime uploadedAt,
    String uploadedBy)
    implements Serializable {

  static RegisterUploadView of(RegisterUpload u) {
    return new RegisterUploadView(
        u.getId(),
        u.getFileName(),
        u.getStoredPath(),
        u.getSizeBytes(),
        u.getDataLines(),
        u.getUploadedAt(),
        u.getUploadedBy());
  }

  /** How far an import that read {@code read} lines is through this file, 0..100. */
  public int percentOf(long read) {
    return dataLines == 0 ? 100 : (int) Math.min(100, read * 100 / dataLines);
  }
}
