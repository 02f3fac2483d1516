package it.ccse.anagrafica.company.application.internal;

import it.ccse.anagrafica.company.application.AuditLog;
import it.ccse.anagrafica.company.domain.AuditRecords;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.shared.application.csv.SpreadsheetCsv;
import it.ccse.anagrafica.shared.domain.audit.AuditRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** AD-3: the audit log for staff, each record with the company it is about. */
@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultAuditLog implements AuditLog {

  /** The CSV export's largest size: a year of a busy portal, well within a spreadsheet. */
  private static final int CSV_ROWS = 100_000;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

  @Inject private AuditRecords records;
  @Inject private CompanyRepository companies;

  @Override
  public List<AuditEntry> page(AuditFilter filter, int first, int max) {
    return records
        .find(
            filter.company(), filter.actor(), filter.action(), from(filter), to(filter), first, max)
        .stream()
        .map(this::entry)
        .toList();
  }

  @Override
  public long count(AuditFilter filter) {
    return records.count(
        filter.company(), filter.actor(), filter.action(), from(filter), to(filter));
  }

  @Override
  public List<String> actions() {
    return records.actions();
  }

  @Override
  public byte[] csv(AuditFilter filter) {
    var rows =
        page(filter, 0, CSV_ROWS).stream()
            .map(
                e ->
                    List.of(
                        WHEN.format(e.occurredAt()),
                        e.actor(),
                        e.action(),
                        Objects.requireNonNullElse(e.companyName(), ""),
                        Objects.requireNonNullElse(e.companyCodiceFiscale(), ""),
                        Objects.requireNonNullElse(e.subject(), ""),
                        Objects.requireNonNullElse(e.detail(), "")))
            .toList();
    return SpreadsheetCsv.write(
        List.of(
            "Data e ora",
            "Utente",
            "Evento",
            "Azienda",
            "Codice fiscale azienda",
            "Oggetto",
            "Dettaglio"),
        rows);
  }

  private AuditEntry entry(AuditRecord r) {
    Optional<Company> company =
        r.getCompanyId() == null ? Optional.empty() : companies.find(r.getCompanyId());
    return new AuditEntry(
        r.getOccurredAt(),
        r.getActor(),
        r.getAction(),
        r.getSubject(),
        r.getDetail(),
        company.map(Company::getRagioneSociale).orElse(null),
        company.map(Company::getCodiceFiscale).orElse(null));
  }

  private static LocalDateTime from(AuditFilter filter) {
    return filter.from() == null ? null : filter.from().atStartOfDay();
  }

  private static LocalDateTime to(AuditFilter filter) {
    return filter.to() == null ? null : filter.to().atTime(LocalTime.MAX);
  }
}
