package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A part of an approved adjustment put on an annual renewal (AJ-3). "ASSOCIA CONGUAGLIO" keeps it
 * pending for its author until FIRMA with the PIN signs it; only a signed use takes from the
 * residual and covers the practice. A value: signing makes a new one.
 */
@Embeddable
public class AdjustmentUse implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(name = "used_by", nullable = false)
  private String usedBy;

  @Column(name = "used_at", nullable = false)
  private LocalDateTime usedAt;

  @Column(name = "signed_at")
  private LocalDateTime signedAt;

  protected AdjustmentUse() {}

  private AdjustmentUse(
      long practiceId, Money amount, String usedBy, LocalDateTime usedAt, LocalDateTime signedAt) {
    this.practiceId = practiceId;
    this.amount = amount.amount();
    this.usedBy = usedBy;
    this.usedAt = usedAt;
    this.signedAt = signedAt;
  }

  static AdjustmentUse pending(long practiceId, Money amount, String by, LocalDateTime at) {
    return new AdjustmentUse(practiceId, amount, by, at, null);
  }

  AdjustmentUse signed(LocalDateTime at) {
    return new AdjustmentUse(practiceId, amount(), usedBy, usedAt, at);
  }

  public long practiceId() {
    return practiceId;
  }

  public Money amount() {
    return Money.of(amount);
  }

  /** Who associated it, and signs it. */
  public String usedBy() {
    return usedBy;
  }

  /** Empty while pending. */
  public Optional<LocalDateTime> signedAt() {
    return Optional.ofNullable(signedAt);
  }

  public boolean isSigned() {
    return signedAt != null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AdjustmentUse that
        && practiceId.equals(that.practiceId)
        && amount.compareTo(that.amount) == 0
        && usedBy.equals(that.usedBy)
        && usedAt.equals(that.usedAt)
        && Objects.equals(signedAt, that.signedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(practiceId, amount.stripTrailingZeros(), usedBy, usedAt, signedAt);
  }
}
