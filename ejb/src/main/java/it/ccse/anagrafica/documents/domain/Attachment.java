package it.ccse.anagrafica.documents.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A file an operator uploaded for a practice, a payment or another use (SPEC "Attachments"), kept
 * in the database with its bytes (ADR 0011): its format as detected from the content, its size and
 * SHA-256. It belongs to a company by id (documents sits below company); others know it by its
 * random public id. Its content is loaded only when read.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private String publicId;

  @Column(name = "company_id", nullable = false, updatable = false)
  private Long companyId;

  @Enumerated(EnumType.STRING)
  @Column(name = "use_kind", nullable = false, updatable = false)
  private AttachmentUse use;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "format", nullable = false, updatable = false)
  private AttachmentType type;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Basic(fetch = FetchType.LAZY, optional = false)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private LocalDateTime uploadedAt;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  protected Attachment() {}

  private Attachment(
      long companyId,
      AttachmentUse use,
      String fileName,
      AttachmentType type,
      UploadedContent content,
      LocalDateTime uploadedAt,
      String uploadedBy) {
    this.publicId = UUID.randomUUID().toString();
    this.companyId = companyId;
    this.use = use;
    this.fileName = fileName;
    this.type = type;
    this.sizeBytes = content.size();
    this.sha256 = content.sha256();
    this.content = content.bytes();
    // The database keeps microseconds: the view of a stored upload is the one read back later.
    this.uploadedAt = uploadedAt.truncatedTo(ChronoUnit.MICROS);
    this.uploadedBy = uploadedBy;
  }

  /**
   * An upload as the store keeps it: already within its use's limit ({@link UploadedContent}), of
   * an allowed format by its content, under a sanitised name.
   */
  public static Attachment of(
      long companyId,
      AttachmentUse use,
      String submittedName,
      UploadedContent content,
      String detectedMediaType,
      LocalDateTime uploadedAt,
      String uploadedBy) {
    return new Attachment(
        companyId,
        use,
        AttachmentFileName.sanitise(submittedName),
        AttachmentType.require(detectedMediaType),
        content,
        uploadedAt,
        uploadedBy);
  }

  /** Whether this company may read it: another company's attachment is as unknown as none. */
  public boolean belongsTo(long company) {
    return companyId == company;
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public long getCompanyId() {
    return companyId;
  }

  public AttachmentUse getUse() {
    return use;
  }

  public String getFileName() {
    return fileName;
  }

  public AttachmentType getType() {
    return type;
  }

  public String getMediaType() {
    return type.mediaType();
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  /** The stored bytes (loaded on first access). */
  public byte[] getContent() {
    return content;
  }

  public LocalDateTime getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
