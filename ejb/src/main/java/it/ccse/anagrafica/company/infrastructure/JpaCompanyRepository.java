package it.ccse.anagrafica.company.infrastructure;

import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyNotFoundException;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.shared.infrastructure.persistence.Like;
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

  private static final String IMPORTED =
      " from Account a, Company c where a.companyId = c.id and c.importedAt is not null"
          + " and (lower(c.ragioneSociale) like :filter or lower(c.codiceFiscale) like :filter)";

  @Override
  public List<Operator> importedOperators(String filter, int first, int max) {
    return em
        .createQuery("select a, c" + IMPORTED + " order by c.ragioneSociale, a.id", Object[].class)
        .setParameter("filter", Like.containing(filter))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(row -> new Operator((Account) row[0], (Company) row[1]))
        .toList();
  }

  @Override
  public long countImportedOperators(String filter) {
    return em.createQuery("select count(a)" + IMPORTED, Long.class)
        .setParameter("filter", Like.containing(filter))
        .getSingleResult();
  }

  private static final String SEARCH =
      " from Company c where lower(c.ragioneSociale) like :text"
          + " or lower(c.codiceFiscale) like :text or lower(c.partitaIva) like :text";

  @Override
  public List<Company> search(String text, int first, int max) {
    return em.createQuery("select c" + SEARCH + " order by c.ragioneSociale, c.id", Company.class)
        .setParameter("text", Like.containing(text))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countSearch(String text) {
    return em.createQuery("select count(c)" + SEARCH, Long.class)
        .setParameter("text", Like.containing(text))
        .getSingleResult();
  }
}
