package it.ccse.anagrafica.shared.application;

import it.ccse.anagrafica.shared.domain.audit.AuditRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Writes audit records in the caller's transaction, so an event is recorded only if it happened.
 */
@Stateless
public class AuditTrail {

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  @Inject private Clock clock;

  /** An event about no company in particular (an account's, a price list's). */
  public void record(String actor, String action, String subject, String detail) {
    em.persist(new AuditRecord(LocalDateTime.now(clock), null, actor, action, subject, detail));
  }

  /** An event about a company's data: the audit log viewer finds it by the company (AD-3). */
  public void recordFor(
      long companyId, String actor, String action, String subject, String detail) {
    em.persist(
        new AuditRecord(LocalDateTime.now(clock), companyId, actor, action, subject, detail));
  }
}
