package it.ccse.anagrafica.company.application;

import java.util.Optional;

/** The company record: creation of a company with its registered office, and its summary. */
public interface CompanyService {

  CompanySummary create(NewCompany company);

  Optional<CompanySummary> find(Long id);

  /** ON-7: the company's data were validated in the legacy registry. */
  void recordLegacyValidation(Long id);
}
