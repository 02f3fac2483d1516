package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One of "Pratiche associate" (PY-3): the share of a payment that goes to a practice, in whole
 * euros, with an optional note.
 */
@Embeddable
public class Allocation implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Column(nullable = false)
  private BigDecimal share;

  private String note;

  protected Allocation() {}

  Allocation(long practiceId, Money share, String note) {
    this.practiceId = practiceId;
    this.share = share.amount();
    this.note = note;
  }

  public long practiceId() {
    return practiceId;
  }

  public Money share() {
    return Money.of(share);
  }

  public String note() {
    return note;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Allocation that
        && practiceId.equals(that.practiceId)
        && share.compareTo(that.share) == 0
        && Objects.equals(note, that.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(practiceId, share.stripTrailingZeros(), note);
  }
}
