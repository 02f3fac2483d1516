package it.ccse.anagrafica.notifications.application;

import it.ccse.anagrafica.notifications.domain.ReminderKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * BA-4: an area's part of the reminders, a CDI bean in that area's infrastructure: the condition of
 * each kind it owns, as SQL over its own tables, and, where the SQL alone cannot decide, the area's
 * domain confirming each company.
 */
public interface ReminderSource {

  /**
   * For each kind of this area, the SELECT of {@code company_id}, {@code started_at} (when the
   * condition began) and {@code detail} (what the e-mail quotes) where the condition holds.
   */
  Map<ReminderKind, String> conditions();

  /**
   * The companies among these (ids) that the area's rules confirm for the kind, each with the
   * detail to quote; empty when the SQL decides alone.
   */
  default Optional<Map<Long, String>> confirm(ReminderKind kind, List<Long> companyIds) {
    return Optional.empty();
  }
}
