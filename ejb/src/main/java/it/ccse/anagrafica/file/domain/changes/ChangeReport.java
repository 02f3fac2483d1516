package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The sealed PDF of a signed change set (MD-9), kept for the file's history. */
@Entity
@Table(name = "change_report")
public class ChangeReport {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_report_seq")
  @SequenceGenerator(
      name = "change_report_seq",
      sequenceName = "change_report_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "report_id", nullable = false, unique = true)
  private String reportId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "change_set_id")
  private ChangeSet changeSet;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_file_id")
  private CompanyFile file;

  @Column(nullable = false)
  private String signer;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "total_cost", nullable = false)
  private BigDecimal totalCost;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] pdf;

  protected ChangeReport() {}

  public ChangeReport(
      String reportId,
      ChangeSet changeSet,
      String signer,
      LocalDateTime createdAt,
      BigDecimal totalCost,
      byte[] pdf) {
    this.reportId = reportId;
    this.changeSet = changeSet;
    this.file = changeSet.getFile();
    this.signer = signer;
    this.createdAt = createdAt;
    this.totalCost = totalCost;
    this.pdf = pdf;
  }

  public String getReportId() {
    return reportId;
  }

  public CompanyFile getFile() {
    return file;
  }

  public String getSigner() {
    return signer;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public BigDecimal getTotalCost() {
    return totalCost;
  }

  public byte[] getPdf() {
    return pdf;
  }
}
