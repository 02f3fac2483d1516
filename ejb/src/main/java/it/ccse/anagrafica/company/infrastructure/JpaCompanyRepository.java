package it.ccse.anagrafica.company.infrastructure;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyNotFoundException;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCompanyRepository implements CompanyRepository {

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  @Override
  public Optional<Company> find(Long id) {
    return Optional.ofNullable(em.find(Company.class, id));
  }

  @Override
  public Company get(Long id) {
    return find(id).orElseThrow(() -> new CompanyNotFoundException(id));
  }

  @Override
  public Optional<Company> findByCodiceFiscale(String codiceFiscale) {
    return em.createNamedQuery("Company.byCodiceFiscale", Company.class)
        .setParameter("codiceFiscale", codiceFiscale)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean existsWithPartitaIva(String partitaIva) {
    return em.createQuery(
                "select count(c) from Company c where c.partitaIva = :partitaIva", Long.class)
            .setParameter("partitaIva", partitaIva)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<Company> withPartitaIva(String partitaIva) {
    return em.createQuery("select c from Company c where c.partitaIva = :partitaIva", Company.class)
        .setParameter("partitaIva", partitaIva)
        .getResultList();
  }

  @Override
  public Company store(Company company) {
    em.persist(company);
    return company;
  }
}
