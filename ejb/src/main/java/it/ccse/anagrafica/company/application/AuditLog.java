package it.ccse.anagrafica.company.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * AD-3: the audit log for CCSE staff — who did what, when, about which company — filtered, paged,
 * newest first, and as CSV. It never holds a secret: the services record events, not credentials.
 */
public interface AuditLog {

  /**
   * A blank or null field filters nothing; {@code company} is part of a ragione sociale or codice
   * fiscale, {@code actor} part of a username, {@code action} an exact kind, the dates inclusive.
   */
  record AuditFilter(String company, String actor, String action, LocalDate from, LocalDate to)
      implements Serializable {

    public static AuditFilter any() {
      return new AuditFilter(null, null, null, null, null);
    }
  }

  record AuditEntry(
      LocalDateTime occurredAt,
      String actor,
      String action,
      String subject,
      String detail,
      String companyName,
      String companyCodiceFiscale)
      implements Serializable {}

  List<AuditEntry> page(AuditFilter filter, int first, int max);

  long count(AuditFilter filter);

  /** The kinds recorded so far, for the filter's list. */
  List<String> actions();

  /** Every entry of the filter as CSV for a spreadsheet, formula-safe (UTF-8 with BOM). */
  byte[] csv(AuditFilter filter);
}
