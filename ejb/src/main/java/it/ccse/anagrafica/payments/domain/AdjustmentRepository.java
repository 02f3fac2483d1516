package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.Money;
import java.util.List;
import java.util.Optional;

/**
 * Where requests for adjustments and CCSE's reasons for them are kept (AJ-1..AJ-3, AD-3); in the
 * area's infrastructure.
 */
public interface AdjustmentRepository {

  void store(Adjustment adjustment);

  void remove(Adjustment adjustment);

  /** Writes the changes now, so that a view made next carries the new version. */
  void flush();

  /** An adjustment of the company; another company's id reads as absent. */
  Optional<Adjustment> find(long companyId, String publicId);

  /** Any company's adjustment: staff only, or a caller who checks whose it is. */
  Optional<Adjustment> find(String publicId);

  /** Any company's adjustment, locked until the transaction ends and read fresh. */
  Optional<Adjustment> findForUpdate(String publicId);

  /**
   * AJ-1: the company's signed requests, newest first; with a {@code createdBy} only that user's.
   */
  List<Adjustment> signed(long companyId, String createdBy);

  /** A user's drafts in a company, newest first. */
  List<Adjustment> drafts(long companyId, String createdBy);

  /** AD-3: requests in a state, oldest signature first, of every company. */
  List<Adjustment> inState(AdjustmentState state, int first, int max);

  long countInState(AdjustmentState state);

  /**
   * Whether a signed request not rejected holds the practice (its overpayment is credited once).
   */
  boolean claimed(long practiceId);

  /** The signed uses of approved adjustments on a practice, summed: they pay it as payments do. */
  Money usedOn(long practiceId);

  /** Every reason, active or not, by wording. */
  List<AdjustmentReason> reasons();

  Optional<AdjustmentReason> reason(String code);

  void store(AdjustmentReason reason);
}
