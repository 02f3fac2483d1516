package it.ccse.anagrafica.reconciliation.application;

import it.ccse.anagrafica.reconciliation.application.RegisterReconciliation.Outcome;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * BA-2: the set-based merge of a staged extract into the misalignments, in the caller's transaction
 * (its SQL in {@code infrastructure/jdbc}).
 */
public interface MisalignmentMerger {

  /** What the merge did, and the companies whose misalignments changed. */
  record Result(Outcome outcome, Set<Long> changed) {}

  Result merge(long importId, LocalDateTime now);
}
