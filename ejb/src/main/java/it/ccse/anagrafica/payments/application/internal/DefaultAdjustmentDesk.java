package it.ccse.anagrafica.payments.application.internal;

import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.payments.application.AdjustmentDesk;
import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.payments.domain.Adjustment;
import it.ccse.anagrafica.payments.domain.AdjustmentRepository;
import it.ccse.anagrafica.payments.domain.AdjustmentState;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The back office's adjustments (AD-3): staff decide on the request locked, one after the other.
 */
@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultAdjustmentDesk implements AdjustmentDesk {

  @Inject private AdjustmentRepository adjustments;
  @Inject private AdjustmentViewMapper mapper;
  @Inject private AdjustmentOutcomes outcomes;
  @Inject private Clock clock;

  @Override
  public List<AdjustmentView> page(AdjustmentState state, int first, int size) {
    return adjustments.inState(state, first, size).stream().map(a -> mapper.view(a, null)).toList();
  }

  @Override
  public long count(AdjustmentState state) {
    return adjustments.countInState(state);
  }

  @Override
  public AdjustmentView find(String adjustmentId) {
    return mapper.view(signed(adjustments.find(adjustmentId)), null);
  }

  @Override
  public AdjustmentView approve(String staff, String adjustmentId, long version) {
    var adjustment = locked(adjustmentId, version);
    adjustment.approve(staff, LocalDateTime.now(clock));
    return told(staff, adjustment, MailTemplate.ADJUSTMENT_APPROVED);
  }

  @Override
  public AdjustmentView reject(String staff, String adjustmentId, long version, String reason) {
    var adjustment = locked(adjustmentId, version);
    adjustment.reject(reason, staff, LocalDateTime.now(clock));
    return told(staff, adjustment, MailTemplate.ADJUSTMENT_REJECTED);
  }

  private Adjustment locked(String adjustmentId, long version) {
    var adjustment = signed(adjustments.findForUpdate(adjustmentId));
    if (adjustment.getVersion() != version) {
      throw new ConflictException("adjustment.stateChanged");
    }
    return adjustment;
  }

  /** A draft is its author's alone: staff see only signed requests. */
  private static Adjustment signed(Optional<Adjustment> adjustment) {
    return adjustment
        .filter(a -> a.getState() != AdjustmentState.DRAFT)
        .orElseThrow(() -> new NotFoundException(PaymentAccess.UNKNOWN_ADJUSTMENT));
  }

  private AdjustmentView told(String staff, Adjustment adjustment, MailTemplate template) {
    adjustments.flush();
    var view = mapper.view(adjustment, null);
    outcomes.tell(staff, adjustment.getCompanyId(), view, template);
    return view;
  }
}
