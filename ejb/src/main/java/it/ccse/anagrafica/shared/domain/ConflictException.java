package it.ccse.anagrafica.shared.domain;

/**
 * Someone else got there first: the data changed since the user read it (a stale version), or the
 * same change is already in flight. Reloading and repeating is the way out.
 */
public class ConflictException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
