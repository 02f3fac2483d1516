package it.ccse.anagrafica.reconciliation.infrastructure;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.reconciliation.domain.Misalignment;
import it.ccse.anagrafica.reconciliation.domain.MisalignmentFilter;
import it.ccse.anagrafica.reconciliation.domain.MisalignmentRepository;
import it.ccse.anagrafica.reconciliation.domain.MisalignmentStatus;
import it.ccse.anagrafica.shared.infrastructure.persistence.Like;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMisalignmentRepository implements MisalignmentRepository {

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  @Override
  public Optional<Misalignment> of(Company company, long id) {
    return Optional.ofNullable(em.find(Misalignment.class, id)).filter(m -> m.belongsTo(company));
  }

  @Override
  public List<Misalignment> open(Company company) {
    return em.createQuery(
            "select m from Misalignment m where m.company = :company and m.status = :open"
                + " order by m.firstSeen, m.id",
            Misalignment.class)
        .setParameter("company", company)
        .setParameter("open", MisalignmentStatus.OPEN)
        .getResultList();
  }

  @Override
  public List<Misalignment> search(MisalignmentFilter filter, int first, int max) {
    return matching("select m", " order by m.lastSeen desc, m.id desc", Misalignment.class, filter)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count(MisalignmentFilter filter) {
    return matching("select count(m)", "", Long.class, filter).getSingleResult();
  }

  /** The query with only the conditions the filter sets. */
  private <T> TypedQuery<T> matching(
      String select, String order, Class<T> type, MisalignmentFilter filter) {
    String where =
        " from Misalignment m where (lower(m.company.codiceFiscale) like :company or"
            + " lower(m.company.ragioneSociale) like :company)"
            + (filter.field() == null ? "" : " and m.field = :field")
            + (filter.status() == null ? "" : " and m.status = :status");
    var query =
        em.createQuery(select + where + order, type)
            .setParameter("company", Like.containing(filter.company()));
    if (filter.field() != null) {
      query.setParameter("field", filter.field());
    }
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    return query;
  }
}
