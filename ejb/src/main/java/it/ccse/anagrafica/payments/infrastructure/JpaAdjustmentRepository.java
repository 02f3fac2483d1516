package it.ccse.anagrafica.payments.infrastructure;

import it.ccse.anagrafica.payments.domain.Adjustment;
import it.ccse.anagrafica.payments.domain.AdjustmentReason;
import it.ccse.anagrafica.payments.domain.AdjustmentRepository;
import it.ccse.anagrafica.payments.domain.AdjustmentState;
import it.ccse.anagrafica.shared.domain.Money;
import it.ccse.anagrafica.shared.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@ApplicationScoped
public class JpaAdjustmentRepository implements AdjustmentRepository {

  private static final String BY_ID = "select a from Adjustment a where a.publicId = :id";

  @PersistenceContext private EntityManager em;

  @Override
  public void store(Adjustment adjustment) {
    em.persist(adjustment);
    em.flush();
  }

  @Override
  public void remove(Adjustment adjustment) {
    em.remove(adjustment);
  }

  /** Flushed here: at commit a conflict would reach the user as an error page. */
  @Override
  public void flush() {
    Rows.flush(em, "adjustment.stateChanged");
  }

  @Override
  public Optional<Adjustment> find(long companyId, String publicId) {
    return find(publicId).filter(a -> a.getCompanyId() == companyId);
  }

  @Override
  public Optional<Adjustment> find(String publicId) {
    return em.createQuery(BY_ID, Adjustment.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Adjustment> findForUpdate(String publicId) {
    return Rows.firstLocked(em.createQuery(BY_ID, Adjustment.class).setParameter("id", publicId));
  }

  @Override
  public List<Adjustment> signed(long companyId, String createdBy) {
    var query =
        em.createQuery(
                "select a from Adjustment a where a.companyId = :company and a.state <> :draft"
                    + (createdBy == null ? "" : " and a.createdBy = :by")
                    + " order by a.submittedAt desc, a.id desc",
                Adjustment.class)
            .setParameter("company", companyId)
            .setParameter("draft", AdjustmentState.DRAFT);
    return (createdBy == null ? query : query.setParameter("by", createdBy)).getResultList();
  }

  @Override
  public List<Adjustment> drafts(long companyId, String createdBy) {
    return em.createQuery(
            "select a from Adjustment a where a.companyId = :company and a.state = :draft"
                + " and a.createdBy = :by order by a.createdAt desc",
            Adjustment.class)
        .setParameter("company", companyId)
        .setParameter("draft", AdjustmentState.DRAFT)
        .setParameter("by", createdBy)
        .getResultList();
  }

  @Override
  public List<Adjustment> inState(AdjustmentState state, int first, int max) {
    return em.createQuery(
            "select a from Adjustment a where a.state = :state order by a.submittedAt, a.id",
            Adjustment.class)
        .setParameter("state", state)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countInState(AdjustmentState state) {
    return em.createQuery("select count(a) from Adjustment a where a.state = :state", Long.class)
        .setParameter("state", state)
        .getSingleResult();
  }

  @Override
  public boolean claimed(long practiceId) {
    return !em.createQuery(
            "select a.id from Adjustment a where a.practiceId = :practice and a.state in :states",
            Long.class)
        .setParameter("practice", practiceId)
        .setParameter(
            "states",
            Stream.of(AdjustmentState.values()).filter(AdjustmentState::claimsPractice).toList())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Money usedOn(long practiceId) {
    BigDecimal sum =
        em.createQuery(
                "select sum(u.amount) from Adjustment a join a.uses u"
                    + " where u.practiceId = :practice and u.signedAt is not null"
                    + " and a.state = :approved",
                BigDecimal.class)
            .setParameter("practice", practiceId)
            .setParameter("approved", AdjustmentState.APPROVED)
            .getSingleResult();
    return sum == null ? Money.ZERO : Money.of(sum);
  }

  @Override
  public List<AdjustmentReason> reasons() {
    return em.createQuery(
            "select r from AdjustmentReason r order by r.label, r.code", AdjustmentReason.class)
        .getResultList();
  }

  @Override
  public Optional<AdjustmentReason> reason(String code) {
    return Optional.ofNullable(code).map(c -> em.find(AdjustmentReason.class, c));
  }

  @Override
  public void store(AdjustmentReason reason) {
    em.persist(reason);
    em.flush();
  }
}
