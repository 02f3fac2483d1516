package it.ccse.anagrafica.practices.infrastructure;

import it.ccse.anagrafica.notifications.application.ReminderSource;
import it.ccse.anagrafica.notifications.domain.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * BA-4, PY-1: this year's annual contribution not requested by its due date, by a company already
 * validated then; from the due date on.
 */
@ApplicationScoped
public class RenewalReminderSource implements ReminderSource {

  private final MonthDay dueDay;
  private final Clock clock;

  @Inject
  public RenewalReminderSource(
      @ConfigProperty(name = "anagrafica.contributions.due-day") String dueDay, Clock clock) {
    this.dueDay = MonthDay.parse("--" + dueDay);
    this.clock = clock;
  }

  /** For the CDI proxy only. */
  protected RenewalReminderSource() {
    this("04-30", Clock.systemUTC());
  }

  @Override
  public Map<ReminderKind, String> conditions() {
    LocalDate today = LocalDate.now(clock);
    LocalDate due = dueDay.atYear(today.getYear());
    // Before the due date nothing is late yet: a condition that finds no row.
    String late = today.isAfter(due) ? "" : " AND 1 = 0";
    return Map.of(
        ReminderKind.CONTRIBUTION_NOT_REQUESTED,
        "SELECT x.id AS company_id, TIMESTAMP '"
            + due
            + " 00:00:00' AS started_at, CAST('"
            + today.getYear()
            + "' AS VARCHAR(2000)) AS detail FROM company x WHERE x.validated_at < TIMESTAMP '"
            + due
            + " 00:00:00'"
            + late
            + " AND NOT EXISTS (SELECT 1 FROM practice p WHERE p.company_id = x.id AND"
            + " p.practice_type = 'ANNUAL_RENEWAL' AND p.target = '"
            + today.getYear()
            + "' AND p.state <> 'REJECTED')");
  }
}
