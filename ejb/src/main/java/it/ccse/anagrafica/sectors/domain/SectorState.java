package it.ccse.anagrafica.sectors.domain;

import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;

/**
 * An activity sector from "Aggiungi settore di attività" to CCSE's decision (SE-6, SE-8, AD-1): a
 * DRAFT never saved, SAVED by "salva le modifiche", SUBMITTED for CCSE, then VALIDATED or REJECTED
 * with a reason. The operator changes it while DRAFT, SAVED or REJECTED (a rejected one is
 * corrected and submitted again) and once VALIDATED, which makes a new version, SAVED until sent
 * again; a submitted one waits for the validation queue.
 */
public enum SectorState {
  DRAFT,
  SAVED,
  SUBMITTED,
  VALIDATED,
  REJECTED;

  public boolean isEditable() {
    return this != SUBMITTED;
  }

  SectorState requireEditable() {
    if (!isEditable()) {
      throw new InvalidValueException("sector.notEditable");
    }
    return this;
  }

  /** Any change: a validated sector becomes a new version, to be sent to CCSE again. */
  SectorState change() {
    requireEditable();
    return this == VALIDATED ? SAVED : this;
  }

  /** "salva le modifiche": a rejected sector saved again is plain SAVED until submitted. */
  SectorState save() {
    requireEditable();
    return SAVED;
  }

  /** Saved and not yet with CCSE, or rejected: what "Invia a CCSE" may send. */
  public boolean isSubmittable() {
    return this == SAVED || this == REJECTED;
  }

  SectorState submit() {
    if (!isSubmittable()) {
      throw this == DRAFT
          ? new InvalidValueException("sector.missing.saved")
          : new ConflictException("sector.stateChanged");
    }
    return SUBMITTED;
  }

  SectorState decide(SectorState outcome) {
    if (this != SUBMITTED) {
      throw new ConflictException("sector.stateChanged");
    }
    return outcome;
  }

  /** The label of the web bundle, e.g. {@code sector.state.SAVED}. */
  public String labelKey() {
    return "sector.state." + name();
  }
}
