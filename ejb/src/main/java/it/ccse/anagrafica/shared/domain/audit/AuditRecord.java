package it.ccse.anagrafica.shared.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An append-only trace of who did what: security events, validations, signatures. */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  private String subject;
  private String detail;

  /** The company the event is about, where there is one (AD-3 filters by it). */
  @Column(name = "company_id")
  private Long companyId;

  protected AuditRecord() {}

  public AuditRecord(
      LocalDateTime occurredAt,
      Long companyId,
      String actor,
      String action,
      String subject,
      String detail) {
    this.occurredAt = occurredAt;
    this.companyId = companyId;
    this.actor = actor;
    this.action = action;
    this.subject = subject;
    this.detail = detail;
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetail() {
    return detail;
  }

  public Long getCompanyId() {
    return companyId;
  }
}
