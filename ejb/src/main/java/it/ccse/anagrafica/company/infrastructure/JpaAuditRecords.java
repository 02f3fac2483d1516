package it.ccse.anagrafica.company.infrastructure;

import it.ccse.anagrafica.company.domain.AuditRecords;
import it.ccse.anagrafica.shared.domain.audit.AuditRecord;
import it.ccse.anagrafica.shared.infrastructure.persistence.Like;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaAuditRecords implements AuditRecords {

  @PersistenceContext private EntityManager em;

  @Override
  public List<AuditRecord> find(
      String company,
      String actor,
      String action,
      LocalDateTime from,
      LocalDateTime to,
      int first,
      int max) {
    return filtered(
            "select r",
            " order by r.occurredAt desc, r.id desc",
            AuditRecord.class,
            company,
            actor,
            action,
            from,
            to)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count(
      String company, String actor, String action, LocalDateTime from, LocalDateTime to) {
    return filtered("select count(r)", "", Long.class, company, actor, action, from, to)
        .getSingleResult();
  }

  /** Absent filters leave their condition out: PostgreSQL refuses untyped null parameters. */
  private <T> TypedQuery<T> filtered(
      String select,
      String orderBy,
      Class<T> result,
      String company,
      String actor,
      String action,
      LocalDateTime from,
      LocalDateTime to) {
    var where = new StringBuilder(" from AuditRecord r where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (company != null && !company.isBlank()) {
      where.append(
          " and r.companyId in (select c.id from Company c where lower(c.ragioneSociale) like"
              + " :company or lower(c.codiceFiscale) like :company)");
      parameters.put("company", Like.containing(company));
    }
    if (actor != null && !actor.isBlank()) {
      where.append(" and lower(r.actor) like :actor");
      parameters.put("actor", Like.containing(actor));
    }
    if (action != null && !action.isBlank()) {
      where.append(" and r.action = :action");
      parameters.put("action", action);
    }
    if (from != null) {
      where.append(" and r.occurredAt >= :from");
      parameters.put("from", from);
    }
    if (to != null) {
      where.append(" and r.occurredAt <= :to");
      parameters.put("to", to);
    }
    var query = em.createQuery(select + where + orderBy, result);
    parameters.forEach(query::setParameter);
    return query;
  }

  @Override
  public List<String> actions() {
    return em.createQuery(
            "select distinct r.action from AuditRecord r order by r.action", String.class)
        .getResultList();
  }
}
