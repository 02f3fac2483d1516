package it.ccse.anagrafica.company.domain;

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
}
