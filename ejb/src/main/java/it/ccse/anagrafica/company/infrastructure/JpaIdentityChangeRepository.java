package it.ccse.anagrafica.company.infrastructure;

import it.ccse.anagrafica.company.domain.IdentityChange;
import it.ccse.anagrafica.company.domain.IdentityChangeRepository;
import it.ccse.anagrafica.company.domain.IdentityChangeStatus;
import it.ccse.anagrafica.shared.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIdentityChangeRepository implements IdentityChangeRepository {

  private static final String BY_ID = "SELECT c FROM IdentityChange c WHERE c.publicId = :id";

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<IdentityChange> latestOf(Long companyId) {
    return em.createQuery(
            "SELECT c FROM IdentityChange c WHERE c.companyId = :company"
                + " ORDER BY c.requestedAt DESC, c.id DESC",
            IdentityChange.class)
        .setParameter("company", companyId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<IdentityChange> findForUpdate(String publicId) {
    return Rows.firstLocked(
        em.createQuery(BY_ID, IdentityChange.class).setParameter("id", publicId));
  }

  @Override
  public Optional<IdentityChange> find(String publicId) {
    return em.createQuery(BY_ID, IdentityChange.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<IdentityChange> inStatus(IdentityChangeStatus status, int first, int size) {
    return em.createQuery(
            "SELECT c FROM IdentityChange c WHERE c.status = :status"
                + " ORDER BY c.requestedAt, c.id",
            IdentityChange.class)
        .setParameter("status", status)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long countInStatus(IdentityChangeStatus status) {
    return em.createQuery(
            "SELECT COUNT(c) FROM IdentityChange c WHERE c.status = :status", Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }

  @Override
  public void store(IdentityChange change) {
    em.persist(change);
  }

  /** Flushed here: at commit a conflict would reach the user as an error page. */
  @Override
  public void flush() {
    Rows.flush(em, "identityChange.stateChanged");
  }
}
