package it.ccse.anagrafica.company.application.internal;

import it.ccse.anagrafica.company.application.CompanyService;
import it.ccse.anagrafica.company.application.CompanySummary;
import it.ccse.anagrafica.company.application.DuplicateCompanyException;
import it.ccse.anagrafica.company.application.NewCompany;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

@Stateless
public class DefaultCompanyService implements CompanyService {

  @Inject private CompanyRepository companies;
  @Inject private Clock clock;

  @Override
  public CompanySummary create(NewCompany data) {
    String cf = data.codiceFiscale().value();
    if (companies.findByCodiceFiscale(cf).isPresent()) {
      throw new DuplicateCompanyException(cf);
    }
    var company =
        new Company(cf, data.partitaIva().value(), data.ragioneSociale(), LocalDateTime.now(clock));
    company.legalForm(data.legalForm());
    company.declareRegisteredOffice(data.ragioneSociale()).locate(data.address());
    return CompanySummary.of(companies.store(company));
  }

  @Override
  public void recordLegacyValidation(Long id) {
    companies.get(id).recordLegacyValidation(LocalDateTime.now(clock));
  }

  @Override
  public Optional<CompanySummary> find(Long id) {
    return companies.find(id).map(CompanySummary::of);
  }
}
