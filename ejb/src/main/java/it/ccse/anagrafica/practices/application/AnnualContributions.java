package it.ccse.anagrafica.practices.application;

import it.ccse.anagrafica.practices.application.PracticeViews.PracticeReport;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.practices.domain.PracticeState;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * "Contributi annuali" (PY-1): each year since the file's registration, requested ("Rinnovo
 * annuale" practices with their REPORT) or still to request (CREA PRATICA, signed with the PIN, the
 * legal representative's). The amount due is the VW-6 contribution computed at the request and
 * never changes after it.
 */
public interface AnnualContributions {

  /**
   * A year: its due date and, once requested, its practice; {@code overdue} when not requested by
   * the due date.
   */
  record ContributionYear(
      int year,
      LocalDate dueDate,
      String practiceId,
      String number,
      PracticeState state,
      BigDecimal amountDue,
      boolean overdue)
      implements Serializable {

    public boolean isRequested() {
      return practiceId != null;
    }
  }

  /** The years from the registration's to this one, newest first. */
  List<ContributionYear> years(String username, String device);

  /** Whether the caller may request (CREA PRATICA): the legal representative of a live company. */
  boolean mayRequest(String username, String device);

  /** CREA PRATICA: the year's renewal, presented with its contribution and a sealed REPORT. */
  PracticeView request(String username, String device, int year, char[] pin);

  /** REPORT of a requested year. */
  PracticeReport report(String username, String device, String practiceId);
}
