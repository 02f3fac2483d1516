package it.ccse.anagrafica.fees.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a signed change will cost (MD-9, MD-12): one line per priced item it generates. */
public record CostLine(PriceCode code, String description, BigDecimal amount, boolean sample)
    implements Serializable {

  /** The lines of a set's costs, priced with the current list. */
  public static List<CostLine> of(List<PriceCode> codes, Map<PriceCode, PriceItem> prices) {
    return codes.stream()
        .map(prices::get)
        .map(p -> new CostLine(p.getCode(), p.getDescription(), p.getAmount(), p.isSample()))
        .toList();
  }

  public static BigDecimal total(List<CostLine> lines) {
    return lines.stream().map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
