package it.ccse.anagrafica.practices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Who moved a practice and when (ST-1 "Data di presentazione", "Richiedente"; AD-2), with CCSE's
 * outcome: the reason of a rejection, the serial of a shipped device.
 */
@Embeddable
public class Processing implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "taken_by")
  private String takenBy;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "shipped_serial")
  private String shippedSerial;

  protected Processing() {}

  Processing(String createdBy, LocalDateTime createdAt) {
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void submitted(String by, LocalDateTime at) {
    this.submittedBy = by;
    this.submittedAt = at;
  }

  void taken(String by) {
    this.takenBy = by;
  }

  void closed(LocalDateTime at) {
    this.closedAt = at;
  }

  void rejected(String reason) {
    this.rejectionReason = reason;
  }

  void shipped(String serial) {
    this.shippedSerial = serial;
  }

  public String createdBy() {
    return createdBy;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  /** "Richiedente": who signed it. */
  public Optional<String> submittedBy() {
    return Optional.ofNullable(submittedBy);
  }

  public Optional<LocalDateTime> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<String> takenBy() {
    return Optional.ofNullable(takenBy);
  }

  public Optional<LocalDateTime> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  public Optional<String> rejectionReason() {
    return Optional.ofNullable(rejectionReason);
  }

  public Optional<String> shippedSerial() {
    return Optional.ofNullable(shippedSerial);
  }
}
