package it.ccse.anagrafica.payments.application;

import it.ccse.anagrafica.payments.application.AdjustmentViews.ReasonView;
import java.util.List;

/**
 * "Motivazione della richiesta" (AJ-2, AD-3): the list CCSE staff maintain; the operators' pages
 * read the active ones. A change carries the version the staff member saw.
 */
public interface AdjustmentReasons {

  /** Every reason, active or not, by wording: staff. */
  List<ReasonView> all();

  /** The reasons offered for a new request: anyone. */
  List<ReasonView> active();

  ReasonView add(String code, String label);

  ReasonView rename(String code, String label, long version);

  ReasonView activate(String code, long version);

  /** No longer offered; the requests that name it keep it. */
  ReasonView deactivate(String code, long version);
}
