package it.ccse.anagrafica.sectors.application;

import it.ccse.anagrafica.sectors.domain.CorporateOperationState;
import it.ccse.anagrafica.sectors.domain.OperationKind;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** What the corporate operations' pages show and download (OP-1, OP-2, AD-1); plain values. */
public final class OperationViews {

  private OperationViews() {}

  /** The two formats of a template (OP-1). */
  public enum TemplateFormat {
    /** A PDF whose blank fields are fillable form fields. */
    PDF("pdf", "application/pdf"),
    /** The same text as an Office Open XML document, for a word processor. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String extension;
    private final String mediaType;

    TemplateFormat(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }

    public String extension() {
      return extension;
    }

    public String mediaType() {
      return mediaType;
    }
  }

  /** A template filled with the company's data, to download under its name. */
  public record TemplateFile(String fileName, String mediaType, byte[] bytes) {}

  /** A file of the operation: its attachment id (to download it), name, size, SHA-256. */
  public record FileView(String attachmentId, String fileName, long sizeBytes, String sha256)
      implements Serializable {}

  /**
   * An operation with everything its pages show: {@code selfCertification} and {@code notarialDeed}
   * null until uploaded; {@code missing} the message keys of what keeps it from being sent; {@code
   * staffMessage} what CCSE asked for, while it waits for the company.
   */
  public record OperationView(
      String id,
      long version,
      OperationKind kind,
      CorporateOperationState state,
      FileView selfCertification,
      FileView notarialDeed,
      List<String> missing,
      boolean sendable,
      boolean editable,
      LocalDateTime createdAt,
      LocalDateTime sentAt,
      LocalDateTime checkedAt,
      String staffMessage)
      implements Serializable {}
}
