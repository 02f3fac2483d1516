package it.ccse.anagrafica.shared.domain;

import java.util.function.Supplier;

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

  /** Runs a value's rule, naming the field when it is broken (a field already named stays so). */
  public static <T> T naming(String field, Supplier<T> rule) {
    try {
      return rule.get();
    } catch (InvalidFieldException e) {
      throw e;
    } catch (InvalidValueException e) {
      throw new InvalidFieldException(field, e.messageKey(), e.arguments());
    }
  }
}
