package it.ccse.anagrafica.payments.infrastructure;

import it.ccse.anagrafica.payments.domain.IssuedNotice;
import it.ccse.anagrafica.payments.domain.Payment;
import it.ccse.anagrafica.payments.domain.PaymentRepository;
import it.ccse.anagrafica.payments.domain.PaymentState;
import it.ccse.anagrafica.shared.domain.Money;
import it.ccse.anagrafica.shared.infrastructure.persistence.Rows;
import it.ccse.anagrafica.shared.infrastructure.persistence.Sequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPaymentRepository implements PaymentRepository {

  private static final String BY_ID = "select p from Payment p where p.publicId = :id";

  @PersistenceContext private EntityManager em;

  @Override
  public void store(Payment payment) {
    em.persist(payment);
    em.flush();
  }

  @Override
  public void remove(Payment payment) {
    em.remove(payment);
  }

  /** Flushed here: at commit a conflict would reach the user as an error page. */
  @Override
  public void flush() {
    Rows.flush(em, "payment.stateChanged");
  }

  @Override
  public Optional<Payment> find(long companyId, String publicId) {
    return find(publicId).filter(p -> p.getCompanyId() == companyId);
  }

  @Override
  public Optional<Payment> find(String publicId) {
    return em.createQuery(BY_ID, Payment.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Payment> findForUpdate(String publicId) {
    return Rows.firstLocked(em.createQuery(BY_ID, Payment.class).setParameter("id", publicId));
  }

  @Override
  public List<Payment> signed(long companyId, String createdBy) {
    var query =
        em.createQuery(
                "select p from Payment p where p.companyId = :company and p.state <> :draft"
                    + (createdBy == null ? "" : " and p.createdBy = :by")
                    + " order by p.paidOn desc, p.submittedAt desc",
                Payment.class)
            .setParameter("company", companyId)
            .setParameter("draft", PaymentState.DRAFT);
    return (createdBy == null ? query : query.setParameter("by", createdBy)).getResultList();
  }

  @Override
  public List<Payment> drafts(long companyId, String createdBy) {
    return em.createQuery(
            "select p from Payment p where p.companyId = :company and p.state = :draft"
                + " and p.createdBy = :by order by p.createdAt desc",
            Payment.class)
        .setParameter("company", companyId)
        .setParameter("draft", PaymentState.DRAFT)
        .setParameter("by", createdBy)
        .getResultList();
  }

  @Override
  public List<Payment> inState(PaymentState state, int first, int max) {
    return em.createQuery(
            "select p from Payment p where p.state = :state order by p.submittedAt, p.id",
            Payment.class)
        .setParameter("state", state)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countInState(PaymentState state) {
    return em.createQuery("select count(p) from Payment p where p.state = :state", Long.class)
        .setParameter("state", state)
        .getSingleResult();
  }

  @Override
  public Money allocatedTo(long practiceId, PaymentState... states) {
    BigDecimal sum =
        em.createQuery(
                "select sum(a.share) from Payment p join p.allocations a"
                    + " where a.practiceId = :practice and p.state in :states",
                BigDecimal.class)
            .setParameter("practice", practiceId)
            .setParameter("states", List.of(states))
            .getSingleResult();
    return sum == null ? Money.ZERO : Money.of(sum);
  }

  @Override
  public List<Long> practicesPaid(long companyId) {
    return em.createQuery(
            "select distinct a.practiceId from Payment p join p.allocations a"
                + " where p.companyId = :company and p.state = :verified",
            Long.class)
        .setParameter("company", companyId)
        .setParameter("verified", PaymentState.VERIFIED)
        .getResultList();
  }

  @Override
  public Optional<IssuedNotice> notice(long practiceId, Money amount) {
    return em.createQuery(
            "select n from IssuedNotice n where n.practiceId = :practice and n.amount = :amount",
            IssuedNotice.class)
        .setParameter("practice", practiceId)
        .setParameter("amount", amount.amount())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(IssuedNotice notice) {
    em.persist(notice);
    em.flush();
  }

  @Override
  public String nextIuvBase() {
    return String.format("%013d", Sequences.next(em, "iuv_base_seq"));
  }
}
