package it.ccse.anagrafica.shared.domain;

/**
 * What the request names does not exist: an item of the file, a report, a submission, a link. For
 * the user it reads the same as {@link OutOfScopeException}: another company's data is as unknown
 * as data that does not exist.
 */
public class NotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
