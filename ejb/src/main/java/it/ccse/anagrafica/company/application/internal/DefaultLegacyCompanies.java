package it.ccse.anagrafica.company.application.internal;

import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.company.application.LegacyCompanies;
import it.ccse.anagrafica.company.application.LegacyCompany;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * ON-7: the legacy registry's companies, as the export's further files name them. A CDI bean, not
 * an EJB: the staff-only imports ask it inside their transaction for every line, and a refused line
 * must not mark the whole file's transaction for rollback (BusinessException is an application
 * exception with rollback in ejb-jar.xml).
 */
@Dependent
public class DefaultLegacyCompanies implements LegacyCompanies {

  @Inject private CompanyRepository companies;
  @Inject private AccountRepository accounts;

  @Override
  public LegacyCompany find(String codiceFiscale) {
    if (codiceFiscale == null || codiceFiscale.isBlank()) {
      throw new InvalidFieldException("codiceFiscale", "validation.required");
    }
    String code =
        InvalidFieldException.naming(
            "codiceFiscale", () -> CodiceFiscale.of(codiceFiscale).value());
    var company =
        companies
            .findByCodiceFiscale(code)
            .orElseThrow(
                () -> new InvalidFieldException("codiceFiscale", "legacyImport.companyUnknown"));
    if (company.getImportedAt().isEmpty()) {
      throw new InvalidFieldException("codiceFiscale", "legacyImport.companyNotImported");
    }
    // The import makes the operator's account with the codice fiscale as username (ON-7).
    boolean activated = accounts.findByUsername(code).filter(Account::isEnabled).isPresent();
    return new LegacyCompany(company.getId(), code, activated);
  }
}
