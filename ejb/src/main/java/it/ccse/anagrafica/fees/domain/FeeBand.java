package it.ccse.anagrafica.fees.domain;

import it.ccse.anagrafica.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a fee table: from {@code lowerBound} (inclusive) to the next row's lower bound, the
 * amount for hazardous and for non-hazardous waste, and where it comes from.
 */
@Entity
@Table(name = "fee_band")
@IdClass(FeeBand.Key.class)
public class FeeBand {

  /** The composite key: a table and the start of the band. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private FeeKind kind;
    private int lowerBound;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.kind == kind && k.lowerBound == lowerBound;
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, lowerBound);
    }
  }

  @Id
  @Enumerated(EnumType.STRING)
  private FeeKind kind;

  @Id
  @Column(name = "lower_bound")
  private int lowerBound;

  @Version private long version;

  @Column(nullable = false)
  private BigDecimal hazardous;

  @Column(name = "non_hazardous", nullable = false)
  private BigDecimal nonHazardous;

  @Column(nullable = false)
  private String source;

  private boolean sample;

  protected FeeBand() {}

  public FeeBand(
      FeeKind kind,
      int lowerBound,
      BigDecimal hazardous,
      BigDecimal nonHazardous,
      String source,
      boolean sample) {
    this.kind = kind;
    this.lowerBound = lowerBound;
    this.hazardous = hazardous;
    this.nonHazardous = nonHazardous;
    this.source = source;
    this.sample = sample;
  }

  /** CCSE sets the amounts of a row; from then on it is no longer a sample. */
  public void revise(BigDecimal hazardous, BigDecimal nonHazardous) {
    var forHazardous = Money.of(hazardous);
    var forNonHazardous = Money.of(nonHazardous);
    this.hazardous = forHazardous.amount();
    this.nonHazardous = forNonHazardous.amount();
    this.sample = false;
  }

  public long getVersion() {
    return version;
  }

  public Money amount(boolean forHazardousWaste) {
    return Money.of(forHazardousWaste ? hazardous : nonHazardous);
  }

  public FeeKind getKind() {
    return kind;
  }

  public int getLowerBound() {
    return lowerBound;
  }

  public String getSource() {
    return source;
  }

  public boolean isSample() {
    return sample;
  }
}
