package it.ccse.anagrafica.shared.domain;

import java.util.Arrays;

/**
 * A request the application refuses for a business reason, told to the user as the text of {@link
 * #messageKey()}: a key of the {@code i18n/validation} bundles, whose texts are {@link
 * java.text.MessageFormat} patterns filled with {@link #arguments()}. The subtypes say why; the web
 * layer shows every one as a message in one place, and {@code ejb-jar.xml} declares them all
 * application exceptions that roll the transaction back.
 */
public abstract class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final Object[] arguments;

  protected BusinessException(String messageKey, Object... arguments) {
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
