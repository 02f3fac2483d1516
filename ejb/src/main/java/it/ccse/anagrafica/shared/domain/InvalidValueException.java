package it.ccse.anagrafica.shared.domain;

/**
 * A value, or a request, broke a rule: a value object refused its input, or the aggregate refused
 * the change in its current state. The page shows the message on the same page.
 */
public class InvalidValueException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvalidValueException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
