package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One round of "Dati societari": the data the operator proposes, the registration form issued for
 * them, the signed copy, and CCSE's verdict (CD-1..CD-3, AD-1).
 */
@Entity
@Table(name = "company_data_submission")
public class CompanyDataSubmission {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_data_submission_seq")
  @SequenceGenerator(
      name = "company_data_submission_seq",
      sequenceName = "company_data_submission_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @Embedded private CompanyData data;

  @Column(name = "form_document_id")
  private String formDocumentId;

  @Column(name = "form_sha256")
  private String formSha256;

  @Column(name = "form_pdf")
  private byte[] formPdf;

  @Column(name = "form_issued_at")
  private LocalDateTime formIssuedAt;

  @Column(name = "signed_file")
  private byte[] signedFile;

  @Column(name = "signed_file_name")
  private String signedFileName;

  @Column(name = "signer_codice_fiscale")
  private String signerCodiceFiscale;

  @Column(name = "signed_at")
  private LocalDateTime signedAt;

  @Column(name = "reviewed_at")
  private LocalDateTime reviewedAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  private Boolean approved;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected CompanyDataSubmission() {}

  /** A new round starts from the given data: the validated version, or a rejected proposal. */
  public CompanyDataSubmission(Company company, CompanyData data, LocalDateTime now) {
    this.company = company;
    this.data = data.copy();
    this.createdAt = now;
    this.updatedAt = now;
  }

  public SubmissionStatus status() {
    if (reviewedAt != null) {
      return Boolean.TRUE.equals(approved) ? SubmissionStatus.APPROVED : SubmissionStatus.REJECTED;
    }
    if (signedAt != null) {
      return SubmissionStatus.SUBMITTED;
    }
    return formIssuedAt != null ? SubmissionStatus.AWAITING_SIGNATURE : SubmissionStatus.DRAFT;
  }

  /** "Salva e continua": new data withdraws an issued form, which no longer matches them. */
  public void edit(CompanyData changed, LocalDateTime now) {
    requireStatus(status().isEditable(), "companyData.notEditable");
    this.data = changed.copy();
    this.formDocumentId = null;
    this.formSha256 = null;
    this.formPdf = null;
    this.formIssuedAt = null;
    this.updatedAt = now;
  }

  /** Whether a form can be issued now: editable, and every datum is there. */
  public void requireIssuable() {
    requireStatus(status().isEditable(), "companyData.notEditable");
    if (!data.missingFields().isEmpty()) {
      throw new InvalidValueException("companyData.incomplete", data.missingFields().size());
    }
  }

  /** CD-2: the form to sign, for the data as they are now. */
  public void issueForm(String documentId, byte[] pdf, String sha256, LocalDateTime now) {
    requireIssuable();
    this.formDocumentId = documentId;
    this.formPdf = pdf;
    this.formSha256 = sha256;
    this.formIssuedAt = now;
    this.updatedAt = now;
  }

  /** CD-2: a signed copy the verifier accepted; the data go to CCSE (CD-3). */
  public void acceptSignedCopy(String fileName, byte[] file, String signer, LocalDateTime now) {
    requireStatus(status() == SubmissionStatus.AWAITING_SIGNATURE, "companyData.noFormToSign");
    this.signedFileName = fileName;
    this.signedFile = file;
    this.signerCodiceFiscale = signer;
    this.signedAt = now;
    this.updatedAt = now;
  }

  /**
   * What CCSE reviews (AD-1): on a first validation every declared datum, since the registration
   * already wrote them into the company; later, what differs from the validated version.
   */
  public List<CompanyData.Difference> forReview() {
    return company.isValidated() ? data.differencesFrom(company.currentData()) : data.declared();
  }

  /** AD-1 "Approva": the data become the company's validated version. */
  public void approve(String reviewer, LocalDateTime now) {
    requireStatus(status() == SubmissionStatus.SUBMITTED, "companyData.notSubmitted");
    company.applyValidated(data.copy(), now);
    review(reviewer, true, null, now);
  }

  /** AD-1 "Respingi": a reason is mandatory, the operator reads it. */
  public void reject(String reviewer, String reason, LocalDateTime now) {
    requireStatus(status() == SubmissionStatus.SUBMITTED, "companyData.notSubmitted");
    if (reason == null || reason.isBlank()) {
      throw new InvalidValueException("companyData.reasonRequired");
    }
    review(
        reviewer,
        false,
        InvalidFieldException.naming("reason", () -> FreeText.REJECTION_REASON.normalised(reason)),
        now);
  }

  private void review(String reviewer, boolean outcome, String reason, LocalDateTime now) {
    this.reviewedBy = reviewer;
    this.approved = outcome;
    this.rejectionReason = reason;
    this.reviewedAt = now;
    this.updatedAt = now;
  }

  private static void requireStatus(boolean allowed, String messageKey) {
    if (!allowed) {
      throw new InvalidValueException(messageKey);
    }
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Company getCompany() {
    return company;
  }

  public CompanyData getData() {
    return data.copy();
  }

  public String getFormDocumentId() {
    return formDocumentId;
  }

  public String getFormSha256() {
    return formSha256;
  }

  public byte[] getFormPdf() {
    return formPdf;
  }

  public LocalDateTime getFormIssuedAt() {
    return formIssuedAt;
  }

  public byte[] getSignedFile() {
    return signedFile;
  }

  public String getSignedFileName() {
    return signedFileName;
  }

  public String getSignerCodiceFiscale() {
    return signerCodiceFiscale;
  }

  public LocalDateTime getSignedAt() {
    return signedAt;
  }

  public LocalDateTime getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }
}
