package it.ccse.anagrafica.practices.application;

import it.ccse.anagrafica.practices.application.PracticeViews.PracticeFilter;
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

  /** Every row of the filter as CSV for a spreadsheet, formula-safe (UTF-8 with BOM). */
  byte[] csv(String username, String device, PracticeFilter filter);

  /** ANNULLA, signed with the PIN; refused once the practice is no longer cancellable. */
  void cancel(String username, String device, String practiceId, long version, char[] pin);
}
