package it.ccse.anagrafica.file.infrastructure;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.CompanyFileRepository;
import it.ccse.anagrafica.notifications.application.ReminderSource;
import it.ccse.anagrafica.notifications.domain.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * BA-4: declarations still to give (TH-1, VO-1, AG-1). The obligation rules live in the company
 * file, so the SELECT only narrows to files that may have some; the file's notices decide and are
 * what the e-mail quotes.
 */
@ApplicationScoped
public class DeclarationReminderSource implements ReminderSource {

  /** Company files checked at a time. */
  private static final int FILES_PER_QUERY = 100;

  @Inject private CompanyFileRepository files;

  @Override
  public Map<ReminderKind, String> conditions() {
    return Map.of(
        ReminderKind.PENDING_DECLARATIONS,
        "SELECT f.company_id, f.created_at AS started_at, CAST(NULL AS VARCHAR(2000)) AS detail"
            + " FROM company_file f JOIN company x ON x.id = f.company_id WHERE"
            + " x.employee_threshold IS NULL OR EXISTS (SELECT 1 FROM site s JOIN category k ON"
            + " k.site_id = s.id WHERE s.company_id = f.company_id AND (COALESCE(k.voluntary,"
            + " FALSE) = FALSE OR (k.type = 'AGRICULTURAL' AND k.organised_circuit IS NULL)))");
  }

  @Override
  public Optional<Map<Long, String>> confirm(ReminderKind kind, List<Long> companyIds) {
    Map<Long, String> pending = new HashMap<>();
    for (int i = 0; i < companyIds.size(); i += FILES_PER_QUERY) {
      var page = companyIds.subList(i, Math.min(i + FILES_PER_QUERY, companyIds.size()));
      for (CompanyFile file : files.ofCompanies(page)) {
        var notices = file.notices();
        if (!notices.isEmpty()) {
          pending.put(
              file.getCompany().getId(),
              notices.stream().map(n -> "- " + n.line()).collect(Collectors.joining("\n")));
        }
      }
    }
    return Optional.of(pending);
  }
}
