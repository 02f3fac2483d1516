package it.ccse.anagrafica.company.application;

/**
 * ON-7: the company a line of a further file of the legacy export (sectors, contacts, local units)
 * is for. Only a company imported from the legacy registry takes records from it, and only while
 * its operator has not activated the account: until then nobody can have changed its data in the
 * portal. For the staff-only imports, inside their transaction.
 */
public interface LegacyCompanies {

  /**
   * The company with that codice fiscale, imported from the legacy registry.
   *
   * @throws it.ccse.anagrafica.shared.domain.InvalidFieldException on field {@code codiceFiscale}:
   *     the code broken, {@code legacyImport.companyUnknown}, {@code
   *     legacyImport.companyNotImported}
   */
  LegacyCompany find(String codiceFiscale);
}
