package it.ccse.anagrafica.fees.application.internal;

import it.ccse.anagrafica.fees.application.PriceList;
import it.ccse.anagrafica.fees.domain.FeeRepository;
import it.ccse.anagrafica.fees.domain.PriceCode;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.ConflictException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;

@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultPriceList implements PriceList {

  @Inject private FeeRepository fees;
  @EJB private AuditTrail audit;
  @Resource private SessionContext session;

  @Override
  public List<Price> prices() {
    return fees.prices().values().stream()
        .map(
            p ->
                new Price(
                    p.getCode(), p.getDescription(), p.getAmount(), p.isSample(), p.getVersion()))
        .toList();
  }

  @Override
  public void reprice(PriceCode code, BigDecimal amount, long version) {
    var item = fees.prices().get(code);
    if (item.getVersion() != version) {
      throw new ConflictException("price.stale");
    }
    item.reprice(amount);
    audit.record(session.getCallerPrincipal().getName(), "PRICE_CHANGED", code.name(), "" + amount);
  }
}
