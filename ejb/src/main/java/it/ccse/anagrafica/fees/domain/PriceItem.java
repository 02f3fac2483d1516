package it.ccse.anagrafica.fees.domain;

import it.ccse.anagrafica.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** One entry of the price list CCSE maintains (MD-9); seeded amounts are marked as samples. */
@Entity
@Table(name = "price_item")
public class PriceItem {

  @Id
  @Enumerated(EnumType.STRING)
  private PriceCode code;

  @Version private long version;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private BigDecimal amount;

  private boolean sample;

  protected PriceItem() {}

  /** CCSE sets the amount: from then on it is no longer a sample. */
  public void reprice(BigDecimal newAmount) {
    this.amount = Money.of(newAmount).amount();
    this.sample = false;
  }

  public long getVersion() {
    return version;
  }

  public PriceCode getCode() {
    return code;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public boolean isSample() {
    return sample;
  }
}
