package it.ccse.anagrafica.practices.domain;

import it.ccse.anagrafica.shared.domain.ConflictException;
import java.util.Set;

/**
 * "STATO DI LAVORAZIONE" (ST-1, AD-2): a draft is saved, signed (PRESENTATA), taken in charge by
 * CCSE (IN LAVORAZIONE), then completed (EVASA) or rejected (RESPINTA); the operator may cancel it
 * (ANNULLATA) while it is presented. Each transition answers the next state; from any other state
 * someone else has moved the practice first, which is a conflict.
 */
public enum PracticeState {
  DRAFT,
  SUBMITTED,
  IN_PROGRESS,
  COMPLETED,
  REJECTED,
  CANCELLED;

  /** FIRMA. */
  public PracticeState submit() {
    return to(SUBMITTED, DRAFT);
  }

  /** CCSE takes the practice in charge. */
  public PracticeState take() {
    return to(IN_PROGRESS, SUBMITTED);
  }

  /** EVASA: shipped, or its side effect applied. */
  public PracticeState complete() {
    return to(COMPLETED, IN_PROGRESS);
  }

  /** RESPINTA, with a reason the practice keeps. */
  public PracticeState reject() {
    return to(REJECTED, IN_PROGRESS);
  }

  /** ANNULLA, signed by the operator. */
  public PracticeState cancel() {
    return to(CANCELLED, SUBMITTED);
  }

  /** Whether CCSE has still to decide: the back office's queue. */
  public boolean isOpen() {
    return Set.of(SUBMITTED, IN_PROGRESS).contains(this);
  }

  private PracticeState to(PracticeState next, PracticeState from) {
    if (this != from) {
      throw new ConflictException("practice.stateChanged");
    }
    return next;
  }

  /** The label of the web bundle, e.g. {@code practice.state.SUBMITTED}. */
  public String labelKey() {
    return "practice.state." + name();
  }
}
