package it.ccse.anagrafica.sectors.domain;

import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;

/**
 * A corporate operation from its first upload to CCSE's handling (OP-2, AD-1): a DRAFT while the
 * files are gathered, SENT ("Inviata") by "Invia i file via mail", then HANDLED ("Gestita") or
 * MORE_REQUESTED ("Integrazione richiesta", with the staff member's message), after which the
 * operator may replace files and send it again.
 */
public enum CorporateOperationState {
  DRAFT,
  SENT,
  HANDLED,
  MORE_REQUESTED;

  /** Whether the operator may add, replace or remove its files. */
  public boolean isEditable() {
    return this == DRAFT || this == MORE_REQUESTED;
  }

  /** Whether CCSE has it: staff see only these, a draft is the company's own. */
  public boolean isSentToCcse() {
    return this != DRAFT;
  }

  CorporateOperationState requireEditable() {
    if (!isEditable()) {
      throw new InvalidValueException("corporateOperation.notEditable");
    }
    return this;
  }

  CorporateOperationState send() {
    if (!isEditable()) {
      throw new ConflictException("corporateOperation.stateChanged");
    }
    return SENT;
  }

  CorporateOperationState decide(CorporateOperationState outcome) {
    if (this != SENT || (outcome != HANDLED && outcome != MORE_REQUESTED)) {
      throw new ConflictException("corporateOperation.stateChanged");
    }
    return outcome;
  }

  /** The label of the web bundle, e.g. {@code corporateOperation.state.SENT}. */
  public String labelKey() {
    return "corporateOperation.state." + name();
  }
}
