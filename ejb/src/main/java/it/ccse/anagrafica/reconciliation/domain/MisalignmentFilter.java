package it.ccse.anagrafica.reconciliation.domain;

import java.io.Serializable;

/**
 * AD-4 filters of the misalignment list: a company by codice fiscale or name (contains, any case),
 * a field and a status; null means any.
 */
public record MisalignmentFilter(String company, RegisterField field, MisalignmentStatus status)
    implements Serializable {

  /** What the console shows first: every open misalignment. */
  public static MisalignmentFilter openOnes() {
    return new MisalignmentFilter(null, null, MisalignmentStatus.OPEN);
  }
}
