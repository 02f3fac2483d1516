package it.ccse.anagrafica.fees.application.internal;

import it.ccse.anagrafica.fees.application.FeeTables;
import it.ccse.anagrafica.fees.domain.FeeBand;
import it.ccse.anagrafica.fees.domain.FeeKind;
import it.ccse.anagrafica.fees.domain.FeeRepository;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultFeeTables implements FeeTables {

  @Inject private FeeRepository fees;
  @EJB private AuditTrail audit;
  @Resource private SessionContext session;

  @Override
  public List<Fee> fees() {
    return fees.feeBands().stream()
        .sorted(Comparator.comparing(FeeBand::getKind).thenComparingInt(FeeBand::getLowerBound))
        .map(
            b ->
                new Fee(
                    b.getKind(),
                    b.getLowerBound(),
                    b.amount(true).amount(),
                    b.amount(false).amount(),
                    b.getSource(),
                    b.isSample(),
                    b.getVersion()))
        .toList();
  }

  @Override
  public void revise(
      FeeKind kind, int lowerBound, BigDecimal hazardous, BigDecimal nonHazardous, long version) {
    var band =
        fees.feeBand(kind, lowerBound).orElseThrow(() -> new NotFoundException("file.unknownItem"));
    if (band.getVersion() != version) {
      throw new ConflictException("fee.stale");
    }
    band.revise(hazardous, nonHazardous);
    audit.record(
        session.getCallerPrincipal().getName(),
        "FEE_CHANGED",
        kind + " " + lowerBound,
        hazardous + " / " + nonHazardous);
  }
}
