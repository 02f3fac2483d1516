package it.ccse.anagrafica.payments.application;

import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.payments.domain.AdjustmentState;
import java.util.List;

/**
 * The back office's adjustments (AD-3): the queue by state, oldest signature first; a request with
 * its figures, reason and attachment; approve, or reject with a reason. Every decision carries the
 * version the staff member saw: one changed meanwhile is refused.
 */
public interface AdjustmentDesk {

  List<AdjustmentView> page(AdjustmentState state, int first, int size);

  long count(AdjustmentState state);

  AdjustmentView find(String adjustmentId);

  AdjustmentView approve(String staff, String adjustmentId, long version);

  AdjustmentView reject(String staff, String adjustmentId, long version, String reason);
}
