package it.ccse.anagrafica.payments.application;

import it.ccse.anagrafica.payments.domain.AdjustmentOperation;
import it.ccse.anagrafica.payments.domain.AdjustmentState;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.shared.domain.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the adjustment pages show and send (AJ-1..AJ-3, AD-3); plain values, no entity. */
public final class AdjustmentViews {

  private AdjustmentViews() {}

  /** SALVA of a request, as typed (the domain checks it); the user's due in euros and cents. */
  public record AdjustmentDetails(String practiceId, String reasonCode, String note, Money userDue)
      implements Serializable {}

  /**
   * "Pratica(*)" of a request: a practice paid by verified payments and not claimed by another
   * request, with "Totale versato pratica" and "Importo dovuto pratica (calcolato Sistri)".
   */
  public record PaidPractice(
      String practiceId, String number, PracticeType type, Money totalPaid, Money systemDue)
      implements Serializable {}

  /** A use on a renewal; {@code signedAt} null while pending. */
  public record UseView(
      String practiceId, String practiceNumber, Money amount, String usedBy, LocalDateTime signedAt)
      implements Serializable {}

  /**
   * A line of the history (AJ-1); {@code by} null for CCSE's decisions, {@code adjustmentOf} the
   * number of the practice the adjustment was requested for.
   */
  public record OperationView(
      LocalDateTime at,
      AdjustmentOperation.Kind kind,
      String by,
      String practiceNumber,
      Money amount,
      String adjustmentOf)
      implements Serializable {}

  /**
   * A request with everything its pages show; the figures null until SALVA, {@code pendingUse} the
   * viewer's use not yet signed, {@code company} the ragione sociale for staff.
   */
  public record AdjustmentView(
      String id,
      long version,
      String company,
      AdjustmentState state,
      LocalDate requestDate,
      String practiceId,
      String practiceNumber,
      PracticeType practiceType,
      String reasonCode,
      String reasonLabel,
      String note,
      String attachmentId,
      String attachmentName,
      Money totalPaid,
      Money systemDue,
      Money userDue,
      Money amount,
      Money residual,
      List<UseView> uses,
      UseView pendingUse,
      List<OperationView> history,
      String createdBy,
      LocalDateTime submittedAt,
      String rejectionReason)
      implements Serializable {

    public boolean isDraft() {
      return state == AdjustmentState.DRAFT;
    }

    /** "UTILIZZA CONGUAGLIO" is offered: approved, with something left. */
    public boolean isUsable() {
      return state.usable() && !residual.isZero();
    }
  }

  /** AJ-1: the signed requests, newest first, and the history of all of them, newest first. */
  public record Overview(List<AdjustmentView> adjustments, List<OperationView> history)
      implements Serializable {}

  /** One "Motivazione della richiesta" as staff maintain it. */
  public record ReasonView(String code, String label, boolean active, long version)
      implements Serializable {}
}
