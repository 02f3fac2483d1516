package it.ccse.anagrafica.company.application;

import jakarta.ejb.ApplicationException;

/** A company with this codice fiscale already exists. */
@ApplicationException(rollback = true)
public class DuplicateCompanyException extends RuntimeException {

  public DuplicateCompanyException(String codiceFiscale) {
    super("A company with codice fiscale " + codiceFiscale + " already exists");
  }
}
