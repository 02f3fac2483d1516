package it.ccse.anagrafica.sectors.infrastructure;

import it.ccse.anagrafica.sectors.domain.ActivitySector;
import it.ccse.anagrafica.sectors.domain.ActivitySectorRepository;
import it.ccse.anagrafica.sectors.domain.SectorState;
import it.ccse.anagrafica.shared.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaActivitySectorRepository implements ActivitySectorRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void store(ActivitySector sector) {
    em.persist(sector);
    em.flush();
  }

  @Override
  public void remove(ActivitySector sector) {
    em.remove(sector);
  }

  /** Flushed here: at commit a conflict would reach the user as an error page. */
  @Override
  public void flush() {
    Rows.flush(em, "sector.stateChanged");
  }

  @Override
  public Optional<ActivitySector> find(long companyId, String publicId) {
    return em.createQuery(
            "select s from ActivitySector s where s.publicId = :id and s.companyId = :company",
            ActivitySector.class)
        .setParameter("id", publicId)
        .setParameter("company", companyId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ActivitySector> ofCompany(long companyId) {
    return em.createQuery(
            "select s from ActivitySector s where s.companyId = :company"
                + " order by s.createdAt, s.id",
            ActivitySector.class)
        .setParameter("company", companyId)
        .getResultList();
  }

  private static final String BY_ID = "select s from ActivitySector s where s.publicId = :id";

  @Override
  public List<ActivitySector> inState(SectorState state, int first, int max) {
    return em.createQuery(
            "select s from ActivitySector s where s.state = :state order by s.submittedAt, s.id",
            ActivitySector.class)
        .setParameter("state", state)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countInState(SectorState state) {
    return em.createQuery(
            "select count(s) from ActivitySector s where s.state = :state", Long.class)
        .setParameter("state", state)
        .getSingleResult();
  }

  @Override
  public Optional<ActivitySector> findForUpdate(String publicId) {
    return Rows.firstLocked(
        em.createQuery(BY_ID, ActivitySector.class).setParameter("id", publicId));
  }

  @Override
  public Optional<ActivitySector> findImported(long companyId, String legacyKey) {
    return em.createQuery(
            "select s from ActivitySector s where s.companyId = :company"
                + " and s.legacyKey = :key",
            ActivitySector.class)
        .setParameter("company", companyId)
        .setParameter("key", legacyKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ActivitySector> find(String publicId) {
    return em.createQuery(BY_ID, ActivitySector.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }
}
