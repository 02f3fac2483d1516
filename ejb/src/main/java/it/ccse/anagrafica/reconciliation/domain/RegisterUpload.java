package it.ccse.anagrafica.reconciliation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** AD-4: an extract uploaded for the import job, with the number of data lines it holds. */
@Entity
@Table(name = "register_upload")
public class RegisterUpload {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "register_upload_seq")
  @SequenceGenerator(
      name = "register_upload_seq",
      sequenceName = "register_upload_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "stored_path", nullable = false)
  private String storedPath;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "data_lines", nullable = false)
  private long dataLines;

  @Column(name = "uploaded_at", nullable = false)
  private LocalDateTime uploadedAt;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  protected RegisterUpload() {}

  public RegisterUpload(
      String fileName,
      String storedPath,
      long sizeBytes,
      long dataLines,
      LocalDateTime uploadedAt,
      String uploadedBy) {
    this.fileName = fileName;
    this.storedPath = storedPath;
    this.sizeBytes = sizeBytes;
    this.dataLines = dataLines;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public String getStoredPath() {
    return storedPath;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public long getDataLines() {
    return dataLines;
  }

  public LocalDateTime getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
