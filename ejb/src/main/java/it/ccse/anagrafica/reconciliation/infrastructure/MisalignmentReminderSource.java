package it.ccse.anagrafica.reconciliation.infrastructure;

import it.ccse.anagrafica.notifications.application.ReminderSource;
import it.ccse.anagrafica.notifications.domain.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** BA-4: the reminder of the Business Register misalignments still open (BR-1). */
@ApplicationScoped
public class MisalignmentReminderSource implements ReminderSource {

  @Override
  public Map<ReminderKind, String> conditions() {
    return Map.of(
        ReminderKind.OPEN_MISALIGNMENTS,
        "SELECT m.company_id, MIN(m.first_seen) AS started_at, CAST(COUNT(*) AS VARCHAR(2000)) AS"
            + " detail FROM misalignment m WHERE m.status = 'OPEN' GROUP BY m.company_id");
  }
}
