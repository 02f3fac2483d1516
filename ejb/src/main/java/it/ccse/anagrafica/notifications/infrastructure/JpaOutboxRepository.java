package it.ccse.anagrafica.notifications.infrastructure;

import it.ccse.anagrafica.notifications.domain.OutboxMessage;
import it.ccse.anagrafica.notifications.domain.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  @Override
  public void store(OutboxMessage message) {
    em.persist(message);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<OutboxMessage> claimNext(LocalDateTime now) {
    // Native: JPA has no SKIP LOCKED. Understood alike by PostgreSQL and H2 2.x.
    return em.createNativeQuery(
            "SELECT * FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?1"
                + " ORDER BY id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED",
            OutboxMessage.class)
        .setParameter(1, now)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<OutboxMessage> page(int first, int size) {
    return em.createQuery("select m from OutboxMessage m order by m.id desc", OutboxMessage.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(m) from OutboxMessage m", Long.class).getSingleResult();
  }
}
