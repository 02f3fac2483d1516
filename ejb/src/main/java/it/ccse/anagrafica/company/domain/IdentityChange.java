package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
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
import java.util.Objects;
import java.util.UUID;

/**
 * MD-3 with AD-1: a signed change of the company's ragione sociale or legal representative, which
 * takes effect only when CCSE approves it. It keeps the values it replaces, for the queue's "old →
 * new". A company has at most one pending: signing another replaces its values.
 */
@Entity
@Table(name = "identity_change")
public class IdentityChange {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_change_seq")
  @SequenceGenerator(
      name = "identity_change_seq",
      sequenceName = "identity_change_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "public_id", nullable = false, unique = true)
  private String publicId = UUID.randomUUID().toString();

  @Column(name = "company_id", nullable = false)
  private Long companyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IdentityChangeStatus status = IdentityChangeStatus.PENDING;

  @Column(name = "old_ragione_sociale", nullable = false)
  private String oldRagioneSociale;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "old_legal_rep_name")),
    @AttributeOverride(name = "surname", column = @Column(name = "old_legal_rep_surname")),
    @AttributeOverride(
        name = "codiceFiscale",
        column = @Column(name = "old_legal_rep_codice_fiscale"))
  })
  private LegalRepresentative oldLegalRepresentative;

  @Column(name = "ragione_sociale", nullable = false)
  private String ragioneSociale;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "legal_rep_name")),
    @AttributeOverride(name = "surname", column = @Column(name = "legal_rep_surname")),
    @AttributeOverride(name = "codiceFiscale", column = @Column(name = "legal_rep_codice_fiscale"))
  })
  private LegalRepresentative legalRepresentative;

  /** The signed change set's report, "Modifiche all'anagrafica firmate con PIN". */
  @Column(name = "report_id", nullable = false)
  private String reportId;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private LocalDateTime requestedAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private LocalDateTime reviewedAt;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  protected IdentityChange() {}

  /**
   * Whether signing these values asks CCSE: the ragione sociale or the legal representative differ
   * from the company's.
   */
  public static boolean needed(
      Company company, String ragioneSociale, LegalRepresentative legalRepresentative) {
    return !company.getRagioneSociale().equals(ragioneSociale)
        || !same(company.getLegalRepresentative(), legalRepresentative);
  }

  private static boolean same(LegalRepresentative a, LegalRepresentative b) {
    return Objects.equals(a.getName(), b.getName())
        && Objects.equals(a.getSurname(), b.getSurname())
        && Objects.equals(a.getCodiceFiscale(), b.getCodiceFiscale());
  }

  /** The request for {@code company} as it is now, signed in report {@code reportId}. */
  public static IdentityChange requested(
      Company company,
      String ragioneSociale,
      LegalRepresentative legalRepresentative,
      String reportId,
      String by,
      LocalDateTime at) {
    var change = new IdentityChange();
    change.companyId = company.getId();
    change.replace(company, ragioneSociale, legalRepresentative, reportId, by, at);
    return change;
  }

  /** A later signed request replaces the pending one's values; the company is compared anew. */
  public void replace(
      Company company,
      String ragioneSociale,
      LegalRepresentative legalRepresentative,
      String reportId,
      String by,
      LocalDateTime at) {
    requirePending();
    this.oldRagioneSociale = company.getRagioneSociale();
    this.oldLegalRepresentative = company.getLegalRepresentative().copy();
    this.ragioneSociale = ragioneSociale;
    this.legalRepresentative = legalRepresentative.copy();
    this.reportId = reportId;
    this.requestedBy = by;
    this.requestedAt = at;
  }

  /** AD-1 "Approva": the company takes the new ragione sociale and legal representative. */
  public void approve(Company company, String by, LocalDateTime at) {
    requirePending();
    if (!Objects.equals(company.getId(), companyId)) {
      throw new IllegalArgumentException("another company's request");
    }
    company.rename(ragioneSociale);
    company.legalRepresentative(legalRepresentative);
    status = IdentityChangeStatus.APPROVED;
    reviewed(by, at);
  }

  /** AD-1 "Respingi", with the reason the company reads until it signs another request. */
  public void reject(String reason, String by, LocalDateTime at) {
    requirePending();
    rejectionReason =
        InvalidFieldException.naming("reason", () -> FreeText.REJECTION_REASON.normalised(reason));
    status = IdentityChangeStatus.REJECTED;
    reviewed(by, at);
  }

  private void requirePending() {
    if (status != IdentityChangeStatus.PENDING) {
      throw new ConflictException("identityChange.stateChanged");
    }
  }

  private void reviewed(String by, LocalDateTime at) {
    reviewedBy = by;
    reviewedAt = at;
  }

  public boolean isPending() {
    return status == IdentityChangeStatus.PENDING;
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

  public IdentityChangeStatus getStatus() {
    return status;
  }

  public String getOldRagioneSociale() {
    return oldRagioneSociale;
  }

  /** Empty (never null) for a company that had none, as one registered in the legacy registry. */
  public LegalRepresentative getOldLegalRepresentative() {
    // JPA reads an embeddable whose columns are all null as null.
    return oldLegalRepresentative == null
        ? new LegalRepresentative()
        : oldLegalRepresentative.copy();
  }

  public String getRagioneSociale() {
    return ragioneSociale;
  }

  public LegalRepresentative getLegalRepresentative() {
    return legalRepresentative.copy();
  }

  public String getReportId() {
    return reportId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public LocalDateTime getRequestedAt() {
    return requestedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public LocalDateTime getReviewedAt() {
    return reviewedAt;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }
}
