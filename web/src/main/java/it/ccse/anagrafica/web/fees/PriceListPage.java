package it.ccse.anagrafica.web.fees;

import it.ccse.anagrafica.fees.application.PriceList;
import it.ccse.anagrafica.fees.application.PriceList.Price;
import it.ccse.anagrafica.fees.domain.PriceCode;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Back office: the price list of changes (MD-9), one amount at a time. */
@Named
@ViewScoped
public class PriceListPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PriceList priceList;
  @Inject private Messages messages;

  private List<Price> prices;
  private final Map<PriceCode, BigDecimal> amounts = new EnumMap<>(PriceCode.class);

  /** f:viewAction. */
  public void load() {
    prices = priceList.prices();
    prices.forEach(p -> amounts.put(p.code(), p.amount()));
  }

  public void save(Price price) {
    priceList.reprice(price.code(), amounts.get(price.code()), price.version());
    load();
    messages.info(null, "prices.saved", price.description());
  }

  public List<Price> getPrices() {
    return prices;
  }

  public Map<PriceCode, BigDecimal> getAmounts() {
    return amounts;
  }
}
