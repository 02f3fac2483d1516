package it.ccse.anagrafica.fees.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The back office's tables: the fee bands (VW-6) and the price list of changes (MD-9, MD-12). */
public interface FeeRepository {

  List<FeeBand> feeBands();

  Optional<FeeBand> feeBand(FeeKind kind, int lowerBound);

  Map<PriceCode, PriceItem> prices();
}
