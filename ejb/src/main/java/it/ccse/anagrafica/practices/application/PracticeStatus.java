package it.ccse.anagrafica.practices.application;

import it.ccse.anagrafica.practices.application.PracticeViews.PracticeFilter;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeOutcome;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeRow;
import java.util.List;

/**
 * "Stato pratiche" (ST-1): the caller's company's submitted practices, newest first, and ANNULLA
 * signed with the PIN where the practice is still cancellable.
 */
public interface PracticeStatus {

  List<PracticeRow> page(
      String username, String device, PracticeFilter filter, int first, int size);

  long count(String username, String device, PracticeFilter filter);

  /**
   * The company's practices rejected, and devices shipped, in the last {@value #OUTCOME_DAYS} days:
   * the home page's notices, newest first.
   */
  List<PracticeOutcome> recentOutcomes(String username, String device);

  int OUTCOME_DAYS = 30;

  /** Every row of the filter as CSV for a spreadsheet, formula-safe (UTF-8 with BOM). */
  byte[] csv(String username, String device, PracticeFilter filter);

  /** ANNULLA, signed with the PIN; refused once the practice is no longer cancellable. */
  void cancel(String username, String device, String practiceId, long version, char[] pin);
}
