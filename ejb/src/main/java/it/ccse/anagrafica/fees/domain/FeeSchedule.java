package it.ccse.anagrafica.fees.domain;

import it.ccse.anagrafica.shared.domain.Money;
import java.util.Comparator;
import java.util.List;

/**
 * The fee tables (VW-6) as CCSE keeps them: the fee of a quantity is the row with the greatest
 * lower bound not above it, so bands never overlap — 10 employees pay the first band, 11 the
 * second; 5,000 tonnes are in "5,000–20,000"; "over 100,000" starts at 100,001.
 */
public final class FeeSchedule {

  private final List<FeeBand> bands;

  public FeeSchedule(List<FeeBand> bands) {
    this.bands = bands.stream().sorted(Comparator.comparingInt(FeeBand::getLowerBound)).toList();
  }

  /** The band of a banded table for a quantity (employees, tonnes); flat tables have one row. */
  public FeeBand band(FeeKind kind, int quantity) {
    if (quantity < 0) {
      throw new IllegalArgumentException("A quantity is never negative");
    }
    return bands.stream()
        .filter(b -> b.getKind() == kind && b.getLowerBound() <= quantity)
        .reduce((lower, higher) -> higher)
        .orElseThrow(() -> new IllegalStateException("No " + kind + " fee for " + quantity));
  }

  public Money fee(FeeKind kind, int quantity, boolean hazardousWaste) {
    return band(kind, quantity).amount(hazardousWaste);
  }

  public Money flat(FeeKind kind) {
    return fee(kind, 0, true);
  }
}
