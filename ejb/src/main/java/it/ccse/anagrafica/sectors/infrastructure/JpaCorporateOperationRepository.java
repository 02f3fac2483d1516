package it.ccse.anagrafica.sectors.infrastructure;

import it.ccse.anagrafica.sectors.domain.CorporateOperation;
import it.ccse.anagrafica.sectors.domain.CorporateOperationRepository;
import it.ccse.anagrafica.sectors.domain.CorporateOperationState;
import it.ccse.anagrafica.shared.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCorporateOperationRepository implements CorporateOperationRepository {

  private static final String BY_ID = "select o from CorporateOperation o where o.publicId = :id";

  @PersistenceContext private EntityManager em;

  @Override
  public void store(CorporateOperation operation) {
    em.persist(operation);
    em.flush();
  }

  @Override
  public void remove(CorporateOperation operation) {
    em.remove(operation);
  }

  /** Flushed here: at commit a conflict would reach the user as an error page. */
  @Override
  public void flush() {
    Rows.flush(em, "corporateOperation.stateChanged");
  }

  @Override
  public Optional<CorporateOperation> find(long companyId, String publicId) {
    return em.createQuery(
            "select o from CorporateOperation o where o.publicId = :id and o.companyId = :company",
            CorporateOperation.class)
        .setParameter("id", publicId)
        .setParameter("company", companyId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CorporateOperation> ofCompany(long companyId) {
    return em.createQuery(
            "select o from CorporateOperation o where o.companyId = :company"
                + " order by o.createdAt desc, o.id desc",
            CorporateOperation.class)
        .setParameter("company", companyId)
        .getResultList();
  }

  @Override
  public List<CorporateOperation> inState(CorporateOperationState state, int first, int max) {
    return em.createQuery(
            "select o from CorporateOperation o where o.state = :state order by o.sentAt, o.id",
            CorporateOperation.class)
        .setParameter("state", state)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countInState(CorporateOperationState state) {
    return em.createQuery(
            "select count(o) from CorporateOperation o where o.state = :state", Long.class)
        .setParameter("state", state)
        .getSingleResult();
  }

  @Override
  public Optional<CorporateOperation> findForUpdate(String publicId) {
    return Rows.firstLocked(
        em.createQuery(BY_ID, CorporateOperation.class).setParameter("id", publicId));
  }

  @Override
  public Optional<CorporateOperation> find(String publicId) {
    return em.createQuery(BY_ID, CorporateOperation.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }
}
