package it.ccse.anagrafica.payments.application.internal;

import it.ccse.anagrafica.payments.application.AdjustmentReasons;
import it.ccse.anagrafica.payments.application.AdjustmentViews.ReasonView;
import it.ccse.anagrafica.payments.domain.AdjustmentReason;
import it.ccse.anagrafica.payments.domain.AdjustmentRepository;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;

/** "Motivazione della richiesta" (AJ-2, AD-3): CCSE's list, every change audited. */
@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultAdjustmentReasons implements AdjustmentReasons {

  @Inject private AdjustmentRepository adjustments;
  @EJB private AuditTrail audit;
  @Resource private SessionContext session;

  @Override
  public List<ReasonView> all() {
    return adjustments.reasons().stream().map(DefaultAdjustmentReasons::view).toList();
  }

  @Override
  @PermitAll
  public List<ReasonView> active() {
    return adjustments.reasons().stream()
        .filter(AdjustmentReason::isActive)
        .map(DefaultAdjustmentReasons::view)
        .toList();
  }

  @Override
  public ReasonView add(String code, String label) {
    var reason = AdjustmentReason.of(code, label);
    if (adjustments.reason(reason.getCode()).isPresent()) {
      throw new InvalidFieldException("code", "adjustment.reason.duplicate");
    }
    adjustments.store(reason);
    return audited("ADJUSTMENT_REASON_ADDED", reason);
  }

  @Override
  public ReasonView rename(String code, String label, long version) {
    return changed(code, version, r -> r.rename(label), "ADJUSTMENT_REASON_RENAMED");
  }

  @Override
  public ReasonView activate(String code, long version) {
    return changed(code, version, AdjustmentReason::activate, "ADJUSTMENT_REASON_ACTIVATED");
  }

  @Override
  public ReasonView deactivate(String code, long version) {
    return changed(code, version, AdjustmentReason::deactivate, "ADJUSTMENT_REASON_DEACTIVATED");
  }

  private ReasonView changed(
      String code, long version, Consumer<AdjustmentReason> change, String action) {
    var reason =
        adjustments
            .reason(code)
            .orElseThrow(() -> new NotFoundException("adjustment.reason.unknown"));
    if (reason.getVersion() != version) {
      throw new ConflictException("adjustment.reason.stale");
    }
    change.accept(reason);
    adjustments.flush();
    return audited(action, reason);
  }

  private ReasonView audited(String action, AdjustmentReason reason) {
    audit.record(
        session.getCallerPrincipal().getName(), action, reason.getCode(), reason.getLabel());
    return view(reason);
  }

  private static ReasonView view(AdjustmentReason r) {
    return new ReasonView(r.getCode(), r.getLabel(), r.isActive(), r.getVersion());
  }
}
