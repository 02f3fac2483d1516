package it.ccse.anagrafica.fees.application;

import it.ccse.anagrafica.fees.domain.FeeKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The fee tables of the annual contribution (VW-6), maintained by CCSE staff. */
public interface FeeTables {

  /** A row: from {@code lowerBound} up to the next row of the same table. */
  record Fee(
      FeeKind kind,
      int lowerBound,
      BigDecimal hazardous,
      BigDecimal nonHazardous,
      String source,
      boolean sample,
      long version)
      implements Serializable {}

  /** Every row, table by table, bands in ascending order. */
  List<Fee> fees();

  /** New amounts for a row; a row changed meanwhile by someone else is refused. */
  void revise(
      FeeKind kind, int lowerBound, BigDecimal hazardous, BigDecimal nonHazardous, long version);
}
