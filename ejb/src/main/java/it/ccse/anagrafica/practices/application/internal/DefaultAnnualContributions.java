package it.ccse.anagrafica.practices.application.internal;

import it.ccse.anagrafica.accounts.application.PinSignatures;
import it.ccse.anagrafica.file.application.CompanyFileService;
import it.ccse.anagrafica.practices.application.AnnualContributions;
import it.ccse.anagrafica.practices.application.PracticeRequests;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeReport;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.PracticeRepository;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** PY-1: the years of a file and their "Rinnovo annuale" practices. */
@Stateless
public class DefaultAnnualContributions implements AnnualContributions {

  @Inject private PracticeAccess access;
  @Inject private PracticeRepository practices;
  @Inject private PracticeSubmission submission;
  @Inject private PracticeViewMapper mapper;
  @Inject private Clock clock;
  @EJB private CompanyFileService files;
  @EJB private PinSignatures pins;
  @EJB private PracticeRequests requests;

  @Inject
  @ConfigProperty(name = "anagrafica.contributions.due-day")
  private String dueDay;

  @Override
  public List<ContributionYear> years(String username, String device) {
    var caller = access.resolve(username, device);
    var company = caller.targets().company();
    LocalDate today = LocalDate.now(clock);
    Map<Integer, Practice> requested =
        practices.renewals(company.getId()).stream()
            .collect(Collectors.toMap(p -> Integer.parseInt(p.getTarget()), Function.identity()));
    LocalDate registered = company.registeredOn();
    int first = registered.getYear();
    return IntStream.rangeClosed(first, today.getYear())
        .map(y -> today.getYear() - (y - first))
        .mapToObj(y -> year(y, requested.get(y), registered, today))
        .toList();
  }

  /** Overdue only for a company registered by the due date, as the BA-4 reminder counts it. */
  private ContributionYear year(
      int year, Practice practice, LocalDate registered, LocalDate today) {
    LocalDate due = MonthDay.parse("--" + dueDay).atYear(year);
    if (practice == null) {
      boolean overdue = today.isAfter(due) && !registered.isAfter(due);
      return new ContributionYear(year, due, null, null, null, null, overdue);
    }
    return new ContributionYear(
        year,
        due,
        practice.getPublicId(),
        practice.getNumber().orElseThrow(),
        practice.getState(),
        practice.amountDue().orElseThrow().amount(),
        false);
  }

  @Override
  public boolean mayRequest(String username, String device) {
    var caller = access.resolve(username, device);
    return caller.access().scope().allowsCompanyLevel() && !caller.targets().company().isCeased();
  }

  @Override
  public PracticeView request(String username, String device, int year, char[] pin) {
    var caller = access.resolve(username, device);
    if (!mayRequest(username, device)) {
      throw new InvalidValueException("contribution.legalRepresentativeOnly");
    }
    practices.lockRenewals(caller.companyId());
    var open = years(username, device).stream().filter(y -> y.year() == year).findFirst();
    if (open.isEmpty()) {
      throw new InvalidValueException("contribution.yearNotOpen");
    }
    if (open.get().isRequested()) {
      throw new ConflictException("contribution.alreadyRequested");
    }
    pins.check(username, pin).requireAccepted();
    var at = LocalDateTime.now(clock);
    var contribution = files.contribution(username, device);
    var practice =
        Practice.annualRenewal(
            caller.companyId(),
            year,
            submission.nextNumber(at),
            contribution.total(),
            username,
            at);
    practices.store(practice);
    submission.sealAndTell(practice, caller.targets(), contribution, username, at);
    return mapper.view(practice, caller.targets());
  }

  @Override
  public PracticeReport report(String username, String device, String practiceId) {
    return requests.report(username, device, practiceId);
  }
}
