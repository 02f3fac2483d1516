package it.ccse.anagrafica.fees.application;

import it.ccse.anagrafica.fees.domain.PriceCode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The price list of changes (MD-9), maintained by CCSE staff. */
public interface PriceList {

  record Price(PriceCode code, String description, BigDecimal amount, boolean sample, long version)
      implements Serializable {}

  List<Price> prices();

  /** A new amount; a price changed meanwhile by someone else is refused (optimistic lock). */
  void reprice(PriceCode code, BigDecimal amount, long version);
}
