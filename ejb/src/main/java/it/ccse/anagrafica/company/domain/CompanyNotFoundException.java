package it.ccse.anagrafica.company.domain;

/** Raised for a company id that does not exist, or that the caller may not see. */
public class CompanyNotFoundException extends RuntimeException {

  public CompanyNotFoundException(Long id) {
    super("Company not found: " + id);
  }
}
