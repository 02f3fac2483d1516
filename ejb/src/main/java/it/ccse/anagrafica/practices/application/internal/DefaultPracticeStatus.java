package it.ccse.anagrafica.practices.application.internal;

import it.ccse.anagrafica.accounts.application.PinSignatures;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.practices.application.PracticeStatus;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeFilter;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeOutcome;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeRow;
import it.ccse.anagrafica.practices.domain.PracticeRepository;
import it.ccse.anagrafica.practices.domain.PracticeState;
import it.ccse.anagrafica.shared.application.csv.SpreadsheetCsv;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

/** "Stato pratiche" (ST-1): the company's submitted practices and ANNULLA. */
@Stateless
public class DefaultPracticeStatus implements PracticeStatus {

  private static final ResourceBundle LABELS = ResourceBundle.getBundle("i18n.practices");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @Inject private PracticeAccess access;
  @Inject private PracticeRepository practices;
  @Inject private PracticeViewMapper mapper;
  @Inject private PracticeOutcomes outcomes;
  @Inject private Clock clock;
  @EJB private PinSignatures pins;

  @Override
  public List<PracticeRow> page(
      String username, String device, PracticeFilter filter, int first, int size) {
    var caller = access.resolve(username, device);
    return practices
        .submitted(caller.companyId(), filter.type(), filter.state(), first, size)
        .stream()
        .map(p -> mapper.row(p, caller.targets()))
        .toList();
  }

  @Override
  public long count(String username, String device, PracticeFilter filter) {
    var caller = access.resolve(username, device);
    return practices.countSubmitted(caller.companyId(), filter.type(), filter.state());
  }

  @Override
  public List<PracticeOutcome> recentOutcomes(String username, String device) {
    if (!access.isAvailable(username, device)) {
      return List.of();
    }
    var caller = access.resolve(username, device);
    var since = LocalDateTime.now(clock).minusDays(OUTCOME_DAYS);
    return practices
        .closedSince(
            caller.companyId(), since, Set.of(PracticeState.REJECTED, PracticeState.COMPLETED))
        .stream()
        .filter(p -> p.getState() == PracticeState.REJECTED || p.getType().shipsDevice())
        .map(p -> mapper.view(p, caller.targets()))
        .map(
            v ->
                new PracticeOutcome(
                    v.number(),
                    v.type(),
                    v.state(),
                    v.targetName(),
                    v.closedAt(),
                    v.rejectionReason(),
                    v.shippedSerial()))
        .toList();
  }

  @Override
  public byte[] csv(String username, String device, PracticeFilter filter) {
    var rows =
        page(username, device, filter, 0, Integer.MAX_VALUE).stream()
            .map(
                r ->
                    List.of(
                        r.number(),
                        LABELS.getString(r.type().labelKey()),
                        r.targetName(),
                        r.submittedAt() == null ? "" : WHEN.format(r.submittedAt()),
                        r.requester() == null ? "" : r.requester(),
                        LABELS.getString(r.state().labelKey()),
                        r.amountDue().toPlainString()))
            .toList();
    return SpreadsheetCsv.write(
        List.of(
            "Numero pratica",
            "Tipologia",
            "Oggetto",
            "Data di presentazione",
            "Richiedente",
            "Stato di lavorazione",
            "Costo"),
        rows);
  }

  @Override
  public void cancel(String username, String device, String practiceId, long version, char[] pin) {
    var caller = access.resolve(username, device);
    var practice = access.practice(caller, practiceId, version);
    pins.check(username, pin).requireAccepted();
    practice.cancel(LocalDateTime.now(clock));
    practices.flush();
    outcomes.tell(username, practice, caller.targets(), MailTemplate.PRACTICE_CANCELLED);
  }
}
