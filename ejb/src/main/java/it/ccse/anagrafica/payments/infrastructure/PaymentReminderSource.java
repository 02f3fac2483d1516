package it.ccse.anagrafica.payments.infrastructure;

import it.ccse.anagrafica.notifications.application.ReminderSource;
import it.ccse.anagrafica.notifications.domain.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * BA-4, PY-3: signed practices still open whose amount due the shares of signed payments (not
 * rejected) do not reach, as {@code PracticeBalance.stillNeeded()} reckons; since the oldest one's
 * signature, quoting how many.
 */
@ApplicationScoped
public class PaymentReminderSource implements ReminderSource {

  @Override
  public Map<ReminderKind, String> conditions() {
    return Map.of(
        ReminderKind.PRACTICE_AWAITING_PAYMENT,
        "SELECT p.company_id, MIN(p.submitted_at) AS started_at, CAST(COUNT(*) AS"
            + " VARCHAR(2000)) AS detail FROM practice p WHERE p.state IN ('SUBMITTED',"
            + " 'IN_PROGRESS') AND p.amount_due > COALESCE((SELECT SUM(a.share) FROM"
            + " payment_allocation a JOIN payment y ON y.id = a.payment_id WHERE a.practice_id ="
            + " p.id AND y.state IN ('SUBMITTED', 'VERIFIED')), 0) + COALESCE((SELECT"
            + " SUM(u.amount) FROM adjustment_use u JOIN adjustment j ON j.id = u.adjustment_id"
            + " WHERE u.practice_id = p.id AND u.signed_at IS NOT NULL AND j.state = 'APPROVED'),"
            + " 0) GROUP BY p.company_id");
  }
}
