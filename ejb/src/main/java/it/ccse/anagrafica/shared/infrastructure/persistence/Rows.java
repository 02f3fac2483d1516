package it.ccse.anagrafica.shared.infrastructure.persistence;

import it.ccse.anagrafica.shared.domain.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import java.util.Optional;

/**
 * The two ways the repositories guard a row two users may change at once (issue 15's lost updates):
 * a row locked for the one who decides, and changes written before the commit so that a stale
 * version reaches the user as a message.
 */
public final class Rows {

  private Rows() {}

  /**
   * The query's first row locked for update, as the lock found it: not the shared cache's copy read
   * before the wait.
   */
  public static <T> Optional<T> firstLocked(TypedQuery<T> query) {
    return query
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("eclipselink.refresh", true)
        .getResultStream()
        .findFirst();
  }

  /**
   * Writes the pending changes now: at commit a version changed meanwhile would reach the user as
   * an error page; here it is a {@link ConflictException} with {@code conflictKey}.
   */
  public static void flush(EntityManager em, String conflictKey) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(conflictKey);
    }
  }
}
