package it.ccse.anagrafica.documents.application;

import it.ccse.anagrafica.documents.domain.RegistrationForm;

/** Prints the registration form the legal representative signs (CD-2) as a PDF. */
public interface RegistrationFormRenderer {

  /**
   * The form as PDF bytes.
   *
   * @throws IllegalArgumentException if a value has a character the font cannot print
   */
  byte[] render(RegistrationForm form);
}
