package it.ccse.anagrafica.company.domain;

/** Where a company-data submission stands; derived from its facts, never stored. */
public enum SubmissionStatus {
  /** Being filled in ("salva e continua"). */
  DRAFT,
  /** The form was issued: registration "sospesa" until a valid signed copy arrives (CD-2). */
  AWAITING_SIGNATURE,
  /** Signed and waiting for CCSE (AD-1). */
  SUBMITTED,
  APPROVED,
  /** CCSE refused it with a reason: the operator corrects, signs again and resubmits. */
  REJECTED;

  /** Whether the operator may still change the data of this submission. */
  public boolean isEditable() {
    return this == DRAFT || this == AWAITING_SIGNATURE;
  }
}
