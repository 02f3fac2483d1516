package it.ccse.anagrafica.company.infrastructure;

import it.ccse.anagrafica.notifications.application.ReminderSource;
import it.ccse.anagrafica.notifications.domain.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** BA-4: the reminders about registration and the company data rounds (CD-2, CD-3). */
@ApplicationScoped
public class CompanyReminderSource implements ReminderSource {

  @Override
  public Map<ReminderKind, String> conditions() {
    return Map.of(
        ReminderKind.UNSIGNED_REGISTRATION,
        "SELECT x.id AS company_id, x.created_at AS started_at, CAST(NULL AS VARCHAR(2000)) AS"
            + " detail FROM company x WHERE x.validated_at IS NULL AND NOT EXISTS (SELECT 1 FROM"
            + " company_data_submission s WHERE s.company_id = x.id AND s.signed_at IS NOT NULL)",
        ReminderKind.REJECTED_COMPANY_DATA,
        "SELECT s.company_id, s.reviewed_at AS started_at, s.rejection_reason AS detail FROM"
            + " company_data_submission s WHERE s.approved = FALSE AND NOT EXISTS (SELECT 1 FROM"
            + " company_data_submission n WHERE n.company_id = s.company_id AND n.signed_at >"
            + " s.signed_at)",
        ReminderKind.MISSING_CONTACTS,
        "SELECT x.id AS company_id, x.validated_at AS started_at, CAST(NULL AS VARCHAR(2000)) AS"
            + " detail FROM company x WHERE x.validated_at IS NOT NULL AND (COALESCE(TRIM("
            + "x.contact_name), '') = '' OR COALESCE(TRIM(x.contact_surname), '') = '' OR"
            + " (COALESCE(TRIM(x.contact_phone), '') = '' AND COALESCE(TRIM(x.contact_fax), '') ="
            + " '' AND COALESCE(TRIM(x.contact_email), '') = ''))");
  }
}
