package it.ccse.anagrafica.shared.domain;

/**
 * A rule broken by one input field that only a service can check (a duplicate, say): the page shows
 * the message next to the component whose id is {@link #field()}.
 */
public class InvalidFieldException extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidFieldException(String field, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
