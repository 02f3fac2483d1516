package it.ccse.anagrafica.sectors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A file of a corporate operation (OP-2), kept by the attachment store of {@code documents} and
 * referred to by its public id, with what the pages and CCSE's e-mail show of it: name, size,
 * SHA-256. {@code sent} once it went to CCSE: such a file is kept when replaced, since the e-mail
 * that carries it may still be waiting for the mail server.
 */
@Embeddable
public class OperationFile implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "attachment_id")
  private String attachmentId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "size_bytes")
  private Long sizeBytes;

  private String sha256;

  private Boolean sent;

  protected OperationFile() {}

  public OperationFile(String attachmentId, String fileName, long sizeBytes, String sha256) {
    this(attachmentId, fileName, sizeBytes, sha256, false);
  }

  private OperationFile(
      String attachmentId, String fileName, long sizeBytes, String sha256, boolean sent) {
    this.attachmentId = Objects.requireNonNull(attachmentId);
    this.fileName = Objects.requireNonNull(fileName);
    this.sizeBytes = sizeBytes;
    this.sha256 = Objects.requireNonNull(sha256);
    this.sent = sent;
  }

  OperationFile asSent() {
    return new OperationFile(attachmentId, fileName, sizeBytes, sha256, true);
  }

  public String attachmentId() {
    return attachmentId;
  }

  public String fileName() {
    return fileName;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public boolean isSent() {
    return Boolean.TRUE.equals(sent);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OperationFile that
        && attachmentId.equals(that.attachmentId)
        && isSent() == that.isSent();
  }

  @Override
  public int hashCode() {
    return Objects.hash(attachmentId, isSent());
  }
}
