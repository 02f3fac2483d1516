package it.ccse.anagrafica.reconciliation.application;

import it.ccse.anagrafica.reconciliation.domain.Misalignment;
import it.ccse.anagrafica.reconciliation.domain.MisalignmentStatus;
import it.ccse.anagrafica.reconciliation.domain.RegisterField;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A difference from the Business Register as shown to the operator (BR-1) and in the console
 * (AD-4). {@code alignable}/{@code certifiable}: what the caller may answer; {@code pending}: an
 * answer is already among their unsigned changes.
 */
public record MisalignmentView(
    long id,
    String codiceFiscale,
    String ragioneSociale,
    RegisterField field,
    String declaredValue,
    String registerValue,
    MisalignmentStatus status,
    LocalDateTime firstSeen,
    LocalDateTime lastSeen,
    LocalDateTime closedAt,
    boolean alignable,
    boolean certifiable,
    boolean pending)
    implements Serializable {

  /** The row as stored, with what the caller may do about it. */
  public static MisalignmentView of(
      Misalignment m, boolean alignable, boolean certifiable, boolean pending) {
    var company = m.getCompany();
    return new MisalignmentView(
        m.getId(),
        company.getCodiceFiscale(),
        company.getRagioneSociale(),
        m.getField(),
        m.getDeclaredValue(),
        m.getRegisterValue(),
        m.getStatus(),
        m.getFirstSeen(),
        m.getLastSeen(),
        m.getClosedAt(),
        alignable,
        certifiable,
        pending);
  }
}
