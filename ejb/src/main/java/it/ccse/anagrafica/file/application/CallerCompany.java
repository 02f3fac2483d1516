package it.ccse.anagrafica.file.application;

import java.util.Optional;

/**
 * The company the signed-in user acts for (VW-1): the operator's own, a delegate's through the
 * device in use among the companies they accepted. For services of lower areas that take a company
 * id, such as the attachment store (issue 17), whose callers must not choose it themselves.
 */
public interface CallerCompany {

  /** Empty for staff, unknown users and a device that is not the delegate's. */
  Optional<Long> of(String username, String device);
}
