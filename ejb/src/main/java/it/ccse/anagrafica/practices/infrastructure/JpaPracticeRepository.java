package it.ccse.anagrafica.practices.infrastructure;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.PracticeRepository;
import it.ccse.anagrafica.practices.domain.PracticeState;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.practices.domain.SignedPracticeReport;
import it.ccse.anagrafica.shared.infrastructure.persistence.Rows;
import it.ccse.anagrafica.shared.infrastructure.persistence.Sequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaPracticeRepository implements PracticeRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void store(Practice practice) {
    em.persist(practice);
    em.flush();
  }

  @Override
  public void remove(Practice practice) {
    em.remove(practice);
  }

  /** Flushed here: at commit a conflict would reach the user as an error page. */
  @Override
  public void flush() {
    Rows.flush(em, "practice.stateChanged");
  }

  @Override
  public Optional<Practice> find(long companyId, String publicId) {
    return find(publicId).filter(p -> p.getCompanyId() == companyId);
  }

  @Override
  public Optional<Practice> find(String publicId) {
    return em.createQuery("select p from Practice p where p.publicId = :id", Practice.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Practice> findForUpdate(String publicId) {
    return Rows.firstLocked(
        em.createQuery("select p from Practice p where p.publicId = :id", Practice.class)
            .setParameter("id", publicId));
  }

  @Override
  public List<Practice> renewals(long companyId) {
    return em.createQuery(
            "select p from Practice p where p.companyId = :company and p.type = :renewal"
                + " and p.state <> :rejected",
            Practice.class)
        .setParameter("company", companyId)
        .setParameter("renewal", PracticeType.ANNUAL_RENEWAL)
        .setParameter("rejected", PracticeState.REJECTED)
        .getResultList();
  }

  /** The company's row is the lock: the same in PostgreSQL and H2, no partial index needed. */
  @Override
  public void lockRenewals(long companyId) {
    em.find(Company.class, companyId, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public List<Practice> withAmountDue(long companyId, String createdBy) {
    var query =
        em.createQuery(
                "select p from Practice p where p.companyId = :company and p.state in :states"
                    + " and p.amountDue > 0"
                    + (createdBy == null ? "" : " and p.processing.createdBy = :by")
                    + " order by p.processing.submittedAt, p.id",
                Practice.class)
            .setParameter("company", companyId)
            .setParameter(
                "states",
                List.of(
                    PracticeState.SUBMITTED, PracticeState.IN_PROGRESS, PracticeState.COMPLETED));
    return (createdBy == null ? query : query.setParameter("by", createdBy)).getResultList();
  }

  @Override
  public List<Practice> byIds(Collection<Long> ids) {
    return ids.isEmpty()
        ? List.of()
        : em.createQuery("select p from Practice p where p.id in :ids", Practice.class)
            .setParameter("ids", ids)
            .getResultList();
  }

  @Override
  public List<Practice> lock(Collection<Long> ids) {
    return ids.isEmpty()
        ? List.of()
        : em.createQuery(
                "select p from Practice p where p.id in :ids order by p.id", Practice.class)
            .setParameter("ids", ids)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("eclipselink.refresh", true)
            .getResultList();
  }

  @Override
  public List<Practice> drafts(long companyId, String createdBy) {
    return em.createQuery(
            "select p from Practice p where p.companyId = :company and p.state = :draft"
                + " and p.processing.createdBy = :by order by p.processing.createdAt desc",
            Practice.class)
        .setParameter("company", companyId)
        .setParameter("draft", PracticeState.DRAFT)
        .setParameter("by", createdBy)
        .getResultList();
  }

  @Override
  public List<Practice> submitted(
      Long companyId, PracticeType type, PracticeState state, int first, int max) {
    return filtered(
            "select p",
            " order by p.processing.submittedAt desc, p.id desc",
            Practice.class,
            companyId,
            type,
            state)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countSubmitted(Long companyId, PracticeType type, PracticeState state) {
    return filtered("select count(p)", "", Long.class, companyId, type, state).getSingleResult();
  }

  /**
   * Submitted = any state but DRAFT. Absent filters leave their condition out, rather than "is
   * null" tests, whose untyped parameters PostgreSQL refuses.
   */
  private <T> TypedQuery<T> filtered(
      String select,
      String orderBy,
      Class<T> result,
      Long companyId,
      PracticeType type,
      PracticeState state) {
    var where = new StringBuilder(" from Practice p where p.state <> :draft");
    Map<String, Object> parameters = new HashMap<>(Map.of("draft", PracticeState.DRAFT));
    if (companyId != null) {
      where.append(" and p.companyId = :company");
      parameters.put("company", companyId);
    }
    if (type != null) {
      where.append(" and p.type = :type");
      parameters.put("type", type);
    }
    if (state != null) {
      where.append(" and p.state = :state");
      parameters.put("state", state);
    }
    var query = em.createQuery(select + where + orderBy, result);
    parameters.forEach(query::setParameter);
    return query;
  }

  @Override
  public List<Practice> closedSince(
      long companyId, LocalDateTime since, Set<PracticeState> states) {
    return em.createQuery(
            "select p from Practice p where p.companyId = :company and p.state in :states"
                + " and p.processing.closedAt >= :since order by p.processing.closedAt desc",
            Practice.class)
        .setParameter("company", companyId)
        .setParameter("states", states)
        .setParameter("since", since)
        .getResultList();
  }

  @Override
  public boolean shipsDevice(String devicePublicId) {
    return !em.createQuery(
            "select p.id from Practice p where p.requestedDevice = :device", Long.class)
        .setParameter("device", devicePublicId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public String nextNumber(int year) {
    return String.format("PR-%d-%06d", year, Sequences.next(em, "practice_number_seq"));
  }

  @Override
  public void store(SignedPracticeReport report) {
    em.persist(report);
  }

  @Override
  public Optional<SignedPracticeReport> report(Practice practice) {
    return Optional.ofNullable(em.find(SignedPracticeReport.class, practice.getId()));
  }
}
