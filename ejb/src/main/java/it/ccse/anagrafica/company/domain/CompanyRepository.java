package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.accounts.domain.Account;
import java.util.List;
import java.util.Optional;

public interface CompanyRepository {

  Optional<Company> find(Long id);

  /** Like {@link #find} but throws {@link CompanyNotFoundException}. */
  Company get(Long id);

  Optional<Company> findByCodiceFiscale(String codiceFiscale);

  boolean existsWithPartitaIva(String partitaIva);

  List<Company> withPartitaIva(String partitaIva);

  Company store(Company company);

  /** An operator's account, with the company it holds by id. */
  record Operator(Account account, Company company) {}

  /**
   * ON-7: operators of companies imported from the legacy registry, by company name; a filter (null
   * for all) is matched against company name and codice fiscale, ignoring case.
   */
  List<Operator> importedOperators(String filter, int first, int max);

  long countImportedOperators(String filter);

  /**
   * AD-3 operator search: companies whose ragione sociale, codice fiscale or partita IVA contains
   * the text, ignoring case (null or blank: all), by ragione sociale.
   */
  List<Company> search(String text, int first, int max);

  long countSearch(String text);
}
