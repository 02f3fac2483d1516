package it.ccse.anagrafica.validation.application;

import java.util.List;

/** AD-1: CCSE staff review signed company data; staff roles only. */
public interface ValidationQueue {

  List<PendingValidation> pending(String nameFilter, int first, int size);

  long countPending(String nameFilter);

  ValidationDetail detail(Long submissionId);

  SignedCopy signedCopy(Long submissionId);

  /** "Approva": the data become the validated version; the operator is told both ways (CD-3). */
  void approve(Long submissionId);

  /** "Respingi" with a mandatory reason; the operator may correct, sign again and resubmit. */
  void reject(Long submissionId, String reason);
}
