package it.ccse.anagrafica.shared.domain;

import java.util.Arrays;

/**
 * A value was rejected by a value object. The message key names one failure cause and is a key of
 * the {@code i18n/validation} bundles, whose texts are {@link java.text.MessageFormat} patterns
 * filled with {@link #arguments()}.
 */
public class InvalidValueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final Object[] arguments;

  public InvalidValueException(String messageKey, Object... arguments) {
    super(arguments.length == 0 ? messageKey : messageKey + " " + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
