package it.ccse.anagrafica.shared.domain;

/**
 * The caller may not act on this: not their company, not the site of the device in use, not their
 * invitation. Where saying so would reveal that another company's item exists, the message is the
 * one of {@link NotFoundException}.
 */
public class OutOfScopeException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public OutOfScopeException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
