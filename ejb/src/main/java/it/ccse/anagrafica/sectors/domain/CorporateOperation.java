package it.ccse.anagrafica.sectors.domain;

import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A corporate operation a company tells CCSE of, "Operazioni Societarie" (OP-1, OP-2): its kind,
 * the self-certification and the notarial deed, sent together to CCSE's mailbox by "Invia i file
 * via mail", and CCSE's handling of it (AD-1). What is missing before sending is derived from the
 * files, never stored.
 */
@Entity
@Table(name = "corporate_operation")
public class CorporateOperation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "corporate_operation_seq")
  @SequenceGenerator(
      name = "corporate_operation_seq",
      sequenceName = "corporate_operation_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "public_id", nullable = false, unique = true)
  private String publicId = UUID.randomUUID().toString();

  @Column(name = "company_id", nullable = false)
  private Long companyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OperationKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CorporateOperationState state = CorporateOperationState.DRAFT;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "attachmentId", column = @Column(name = "self_certification_id")),
    @AttributeOverride(name = "fileName", column = @Column(name = "self_certification_name")),
    @AttributeOverride(name = "sizeBytes", column = @Column(name = "self_certification_size")),
    @AttributeOverride(name = "sha256", column = @Column(name = "self_certification_sha256")),
    @AttributeOverride(name = "sent", column = @Column(name = "self_certification_sent"))
  })
  private OperationFile selfCertification;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "attachmentId", column = @Column(name = "notarial_deed_id")),
    @AttributeOverride(name = "fileName", column = @Column(name = "notarial_deed_name")),
    @AttributeOverride(name = "sizeBytes", column = @Column(name = "notarial_deed_size")),
    @AttributeOverride(name = "sha256", column = @Column(name = "notarial_deed_sha256")),
    @AttributeOverride(name = "sent", column = @Column(name = "notarial_deed_sent"))
  })
  private OperationFile notarialDeed;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "sent_by")
  private String sentBy;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Column(name = "checked_by")
  private String checkedBy;

  @Column(name = "checked_at")
  private LocalDateTime checkedAt;

  /** "Richiedi integrazione": what CCSE asks for, until the operation is sent again. */
  @Column(name = "staff_message")
  private String staffMessage;

  protected CorporateOperation() {}

  /** A new communication of an operation of this kind, kept until its files are sent. */
  public static CorporateOperation draft(
      long companyId, OperationKind kind, String by, LocalDateTime at) {
    var operation = new CorporateOperation();
    operation.companyId = companyId;
    operation.kind = Objects.requireNonNull(kind, "kind");
    operation.createdBy = by;
    operation.createdAt = at;
    return operation;
  }

  /**
   * "Carica autocertificazione" / "Carica atto notarile": the file, replacing the former one. The
   * former is returned when it may be discarded: one never sent to CCSE; a sent one stays stored.
   */
  public Optional<OperationFile> attach(OperationDocument document, OperationFile file) {
    state.requireEditable();
    var former = file(document);
    if (document == OperationDocument.SELF_CERTIFICATION) {
      selfCertification = file;
    } else {
      notarialDeed = file;
    }
    return former.filter(f -> !f.isSent());
  }

  /**
   * Takes a file away before sending; returned when it may be discarded (never sent). Refused when
   * there is none.
   */
  public Optional<OperationFile> remove(OperationDocument document) {
    state.requireEditable();
    var former =
        file(document)
            .orElseThrow(() -> new InvalidValueException("corporateOperation.document.none"));
    if (document == OperationDocument.SELF_CERTIFICATION) {
      selfCertification = null;
    } else {
      notarialDeed = null;
    }
    return Optional.of(former).filter(f -> !f.isSent());
  }

  public Optional<OperationFile> file(OperationDocument document) {
    return Optional.ofNullable(
        document == OperationDocument.SELF_CERTIFICATION ? selfCertification : notarialDeed);
  }

  /** The files it has, self-certification first: what the e-mail to CCSE carries. */
  public List<OperationFile> files() {
    return Stream.of(selfCertification, notarialDeed).filter(f -> f != null).toList();
  }

  /** OP-2: what keeps "Invia i file via mail" from sending it, as message keys; empty when none. */
  public List<String> missing() {
    var missing = new ArrayList<String>();
    for (var document : OperationDocument.values()) {
      if (file(document).isEmpty()) {
        missing.add(document.missingKey());
      }
    }
    return missing;
  }

  /** Whether "Invia i file via mail" may send it now: editable, with both files. */
  public boolean isSendable() {
    return state.isEditable() && missing().isEmpty();
  }

  /**
   * "Invia i file via mail" (OP-2): both files, to CCSE; again after CCSE asked for more. The files
   * sent are kept from now on, even when replaced.
   */
  public void send(String by, LocalDateTime at) {
    var next = state.send();
    var missing = missing();
    if (!missing.isEmpty()) {
      throw new InvalidValueException(missing.get(0));
    }
    selfCertification = selfCertification.asSent();
    notarialDeed = notarialDeed.asSent();
    state = next;
    sentBy = by;
    sentAt = at;
    staffMessage = null;
  }

  /** AD-1 "Segna come gestita": CCSE has dealt with the operation sent. */
  public void markHandled(String by, LocalDateTime at) {
    state = state.decide(CorporateOperationState.HANDLED);
    checked(by, at);
  }

  /** AD-1 "Richiedi integrazione": what CCSE needs, which the company reads; it may send again. */
  public void requestMore(String message, String by, LocalDateTime at) {
    var next = state.decide(CorporateOperationState.MORE_REQUESTED);
    staffMessage =
        InvalidFieldException.naming("reason", () -> FreeText.REJECTION_REASON.normalised(message));
    state = next;
    checked(by, at);
  }

  private void checked(String by, LocalDateTime at) {
    checkedBy = by;
    checkedAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getPublicId() {
    return publicId;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public OperationKind getKind() {
    return kind;
  }

  public CorporateOperationState getState() {
    return state;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public String getSentBy() {
    return sentBy;
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }

  public String getCheckedBy() {
    return checkedBy;
  }

  public LocalDateTime getCheckedAt() {
    return checkedAt;
  }

  public String getStaffMessage() {
    return staffMessage;
  }
}
