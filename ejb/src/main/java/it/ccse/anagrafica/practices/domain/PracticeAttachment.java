package it.ccse.anagrafica.practices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A document attached to a practice: its kind, and the file the attachment store of {@code
 * documents} keeps (type checked by content, size limited), referred to by its public id, with the
 * name and the SHA-256 that the report shows.
 */
@Embeddable
public class PracticeAttachment implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  @Enumerated(EnumType.STRING)
  @Column(name = "document_kind", nullable = false)
  private DocumentKind kind;

  @Column(name = "attachment_public_id", nullable = false)
  private String attachmentPublicId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(nullable = false)
  private String sha256;

  protected PracticeAttachment() {}

  /** The values come from the attachment store, which checked the file: here only their form. */
  public PracticeAttachment(
      DocumentKind kind, String attachmentPublicId, String fileName, String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("A SHA-256 is 64 lower-case hexadecimal digits");
    }
    this.kind = Objects.requireNonNull(kind);
    this.attachmentPublicId = Objects.requireNonNull(attachmentPublicId);
    this.fileName = Objects.requireNonNull(fileName);
    this.sha256 = sha256;
  }

  public DocumentKind kind() {
    return kind;
  }

  public String attachmentPublicId() {
    return attachmentPublicId;
  }

  public String fileName() {
    return fileName;
  }

  public String sha256() {
    return sha256;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PracticeAttachment that
        && kind == that.kind
        && attachmentPublicId.equals(that.attachmentPublicId)
        && fileName.equals(that.fileName)
        && sha256.equals(that.sha256);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, attachmentPublicId, fileName, sha256);
  }
}
