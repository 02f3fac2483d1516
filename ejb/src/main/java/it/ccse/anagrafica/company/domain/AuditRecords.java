package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.shared.domain.audit.AuditRecord;
import java.time.LocalDateTime;
import java.util.List;

/**
 * AD-3: the audit records as staff search them; the companies they name are this area's, so the
 * search lives here rather than in {@code shared}, which only writes them.
 */
public interface AuditRecords {

  /**
   * The records matching, newest first: {@code company} a part of the ragione sociale or codice
   * fiscale of the company they are about, {@code actor} a part of the username (both ignoring
   * case), {@code action} exact, the times inclusive; null or blank filters nothing.
   */
  List<AuditRecord> find(
      String company,
      String actor,
      String action,
      LocalDateTime from,
      LocalDateTime to,
      int first,
      int max);

  long count(String company, String actor, String action, LocalDateTime from, LocalDateTime to);

  /** The distinct kinds recorded, alphabetically. */
  List<String> actions();
}
