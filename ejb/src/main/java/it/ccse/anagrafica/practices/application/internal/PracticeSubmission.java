package it.ccse.anagrafica.practices.application.internal;

import it.ccse.anagrafica.documents.application.ReportRenderer;
import it.ccse.anagrafica.documents.application.ReportSealer;
import it.ccse.anagrafica.documents.domain.TabularReport;
import it.ccse.anagrafica.fees.domain.Contribution;
import it.ccse.anagrafica.fees.domain.FeeRepository;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.PracticeRepository;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.practices.domain.SignedPracticeReport;
import it.ccse.anagrafica.practices.domain.Targets;
import it.ccse.anagrafica.shared.domain.Money;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.function.Function;

/**
 * A practice presented (RQ-1..RQ-3, RQ-2b): numbered, its cost frozen from today's price list, its
 * report printed and sealed, the company told.
 */
@Dependent
class PracticeSubmission {

  @Inject private PracticeRepository practices;
  @Inject private FeeRepository fees;
  @Inject private ReportRenderer renderer;
  @Inject private ReportSealer sealer;
  @Inject private PlaceNames places;
  @Inject private PracticeViewMapper mapper;
  @Inject private PracticeOutcomes outcomes;

  /** FIRMA of a draft. */
  void submit(PracticeAccess.Caller caller, Practice practice, String by, LocalDateTime at) {
    practice.submit(nextNumber(at), price(practice.getType()), by, at);
    sealAndTell(practice, caller.targets(), by, at);
  }

  String nextNumber(LocalDateTime at) {
    return practices.nextNumber(at.getYear());
  }

  Money price(PracticeType type) {
    return Money.of(fees.prices().get(type.priceCode().orElseThrow()).getAmount());
  }

  /** The report of a practice just presented, and the notices; the practice is stored. */
  void sealAndTell(Practice practice, Targets targets, String by, LocalDateTime at) {
    sealAndTell(practice, targets, view -> PracticeReports.signed(view, at, places), by, at);
  }

  /** PY-1: the renewal's report also lists the contribution it froze, line by line. */
  void sealAndTell(
      Practice practice, Targets targets, Contribution contribution, String by, LocalDateTime at) {
    sealAndTell(
        practice, targets, view -> PracticeReports.renewal(view, contribution, at, places), by, at);
  }

  private void sealAndTell(
      Practice practice,
      Targets targets,
      Function<PracticeView, TabularReport> report,
      String by,
      LocalDateTime at) {
    practices.flush();
    byte[] pdf =
        sealer.seal(
            renderer.render(report.apply(mapper.view(practice, targets))),
            "Pratica firmata con PIN");
    practices.store(new SignedPracticeReport(practice, pdf, at));
    outcomes.tell(by, practice, targets, MailTemplate.PRACTICE_SUBMITTED);
  }
}
