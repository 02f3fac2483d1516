package it.ccse.anagrafica.web.fees;

import it.ccse.anagrafica.fees.application.FeeTables;
import it.ccse.anagrafica.fees.application.FeeTables.Fee;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Back office: the fee tables of the annual contribution (VW-6), one row at a time. */
@Named
@ViewScoped
public class FeeTablePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private FeeTables tables;
  @Inject private Messages messages;

  private List<Fee> fees;
  private final Map<String, BigDecimal> hazardous = new HashMap<>();
  private final Map<String, BigDecimal> nonHazardous = new HashMap<>();

  /** f:viewAction. */
  public void load() {
    fees = tables.fees();
    fees.forEach(
        f -> {
          hazardous.put(key(f), f.hazardous());
          nonHazardous.put(key(f), f.nonHazardous());
        });
  }

  public void save(Fee fee) {
    tables.revise(
        fee.kind(),
        fee.lowerBound(),
        hazardous.get(key(fee)),
        nonHazardous.get(key(fee)),
        fee.version());
    load();
    messages.info(null, "fees.saved");
  }

  /** The row's key in the amount maps. */
  public String key(Fee fee) {
    return fee.kind() + ":" + fee.lowerBound();
  }

  public List<Fee> getFees() {
    return fees;
  }

  public Map<String, BigDecimal> getHazardous() {
    return hazardous;
  }

  public Map<String, BigDecimal> getNonHazardous() {
    return nonHazardous;
  }
}
