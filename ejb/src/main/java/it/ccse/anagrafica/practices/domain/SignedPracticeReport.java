package it.ccse.anagrafica.practices.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The sealed PDF printed when a practice is signed (RQ-1..RQ-3): number, type, target, attachments
 * with their SHA-256, shipping address and cost. Kept apart so the lists stay light.
 */
@Entity
@Table(name = "practice_report")
public class SignedPracticeReport {

  @Id
  @Column(name = "practice_id")
  private Long practiceId;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] pdf;

  protected SignedPracticeReport() {}

  public SignedPracticeReport(Practice practice, byte[] pdf, LocalDateTime createdAt) {
    this.practiceId = practice.getId();
    this.pdf = pdf.clone();
    this.createdAt = createdAt;
  }

  public byte[] getPdf() {
    return pdf.clone();
  }
}
