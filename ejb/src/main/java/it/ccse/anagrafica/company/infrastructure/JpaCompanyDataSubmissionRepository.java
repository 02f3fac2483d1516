package it.ccse.anagrafica.company.infrastructure;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyDataSubmission;
import it.ccse.anagrafica.company.domain.CompanyDataSubmissionRepository;
import it.ccse.anagrafica.shared.infrastructure.persistence.Like;
import it.ccse.anagrafica.shared.infrastructure.persistence.Sequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCompanyDataSubmissionRepository implements CompanyDataSubmissionRepository {

  private static final String AWAITING =
      " from CompanyDataSubmission s where s.signedAt is not null and s.reviewedAt is null"
          + " and lower(s.company.ragioneSociale) like :name";

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  @Override
  public Optional<CompanyDataSubmission> latestOf(Company company) {
    return em.createQuery(
            "select s from CompanyDataSubmission s where s.company = :company order by s.id desc",
            CompanyDataSubmission.class)
        .setParameter("company", company)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CompanyDataSubmission> find(Long id) {
    return Optional.ofNullable(em.find(CompanyDataSubmission.class, id));
  }

  @Override
  public Optional<CompanyDataSubmission> previousOf(CompanyDataSubmission submission) {
    return em.createQuery(
            "select s from CompanyDataSubmission s where s.company = :company and s.id < :id"
                + " order by s.id desc",
            CompanyDataSubmission.class)
        .setParameter("company", submission.getCompany())
        .setParameter("id", submission.getId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(CompanyDataSubmission submission) {
    em.persist(submission);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public List<CompanyDataSubmission> awaitingReview(String name, int first, int size) {
    return em.createQuery(
            "select s" + AWAITING + " order by s.signedAt", CompanyDataSubmission.class)
        .setParameter("name", Like.containing(name))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long countAwaitingReview(String name) {
    return em.createQuery("select count(s)" + AWAITING, Long.class)
        .setParameter("name", Like.containing(name))
        .getSingleResult();
  }

  @Override
  public String nextFormNumber(int year) {
    return String.format("MR-%d-%06d", year, Sequences.next(em, "registration_form_seq"));
  }
}
