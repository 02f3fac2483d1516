package it.ccse.anagrafica.company.application.internal;

import it.ccse.anagrafica.accounts.application.CompanyNames;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The accounts area's port to the companies' names, in the caller's transaction. */
@ApplicationScoped
public class DefaultCompanyNames implements CompanyNames {

  @Inject private CompanyRepository companies;

  @Override
  public String nameOf(long companyId) {
    return companies.get(companyId).getRagioneSociale();
  }
}
