package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.accounts.application.DelegateInvitations;
import it.ccse.anagrafica.accounts.application.PinSignatures;
import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.company.domain.IdentityChange;
import it.ccse.anagrafica.company.domain.IdentityChangeRepository;
import it.ccse.anagrafica.fees.domain.CostLine;
import it.ccse.anagrafica.fees.domain.FeeRepository;
import it.ccse.anagrafica.file.application.ChangeSetSigned;
import it.ccse.anagrafica.file.application.CompanyFileSigning;
import it.ccse.anagrafica.file.application.FileAccess;
import it.ccse.anagrafica.file.application.FileAccess.Access;
import it.ccse.anagrafica.file.application.FileViews.ReportEntry;
import it.ccse.anagrafica.file.domain.CompanyFileRepository;
import it.ccse.anagrafica.file.domain.changes.ChangeReport;
import it.ccse.anagrafica.file.domain.changes.ChangeSet;
import it.ccse.anagrafica.file.domain.changes.ChangeSetRepository;
import it.ccse.anagrafica.file.domain.changes.Operation;
import it.ccse.anagrafica.file.domain.changes.SettlesMisalignment;
import it.ccse.anagrafica.file.domain.changes.UpdateCompanyData;
import it.ccse.anagrafica.notifications.application.NotificationService;
import it.ccse.anagrafica.reconciliation.domain.MisalignmentRepository;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Firma, all in the caller's transaction, in this order: PIN (its own transaction, so the failure
 * count survives), stale check, operations applied, registry codes, the set signed (refused while
 * the file has problems or a question is open), misalignments settled, the file's version forced, a
 * new ragione sociale or legal representative sent to CCSE (MD-3), the report sealed and stored,
 * delegates invited, the company notified, the audit record, and {@link ChangeSetSigned} for higher
 * areas (the practices of requested devices, RQ-2b).
 */
@Stateless
public class DefaultCompanyFileSigning implements CompanyFileSigning {

  @Inject private FileAccess access;
  @Inject private FileViewMapper mapper;
  @Inject private CompanyFileRepository files;
  @Inject private ChangeSetRepository changeSets;
  @Inject private FeeRepository fees;
  @Inject private MisalignmentRepository misalignments;
  @Inject private SealedReports sealed;
  @Inject private Clock clock;
  @Inject private PlaceNames places;
  @Inject private IdentityChangeRepository identityChanges;
  @EJB private FileOpener opener;
  @EJB private PinSignatures pins;
  @EJB private DelegateInvitations invitations;
  @EJB private NotificationService notifications;
  @EJB private AuditTrail audit;
  @Inject private Event<ChangeSetSigned> signedEvent;

  @Override
  public ReportEntry sign(String username, String device, char[] pin) {
    var a = access.resolve(username, device);
    var set =
        changeSets
            .pendingOf(a.file(), a.author())
            .orElseThrow(() -> new InvalidValueException("changeSet.empty"));
    pins.check(username, pin).requireAccepted();
    if (set.isStale(a.file())) {
      throw new ConflictException("changeSet.stale");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    var employeesBefore = a.file().getCompany().employeeThreshold();
    var lines = set.applyTo(a.file(), a.scope(), places);
    opener.assignRegistryCodes(a.file());
    String reportId = changeSets.nextReportId(now.getYear());
    set.sign(a.file(), employeesBefore, reportId, now);
    requestIdentityChange(a, set, reportId, username, now);
    settleMisalignments(a, set, now);
    files.forceNewVersion(a.file());
    var costs = CostLine.of(set.costs(), fees.prices());
    var view = mapper.view(a.file(), a.scope(), 0);
    byte[] pdf =
        sealed.seal(
            FileReports.signedChange(
                reportId,
                now,
                view,
                a.account().getDisplayName() + " (" + Account.shown(username) + ")",
                device,
                lines,
                costs),
            "Modifiche all’anagrafica firmate con PIN");
    var report = new ChangeReport(reportId, set, username, now, CostLine.total(costs), pdf);
    changeSets.store(report);
    Long companyId = a.file().getCompany().getId();
    set.newDelegates(a.file())
        .forEach(d -> invitations.invite(companyId, d.codiceFiscale(), d.fullName(), d.email()));
    notifications.notifyCompany(
        companyId, "notification.changeSigned", reportId, "/area/fascicolo.xhtml");
    audit.recordFor(companyId, username, "CHANGE_SIGNED", a.file().getCode(), reportId);
    signedEvent.fire(new ChangeSetSigned(companyId, username, now));
    return SealedReports.entry(report);
  }

  /**
   * MD-3: a new ragione sociale or legal representative signed waits for CCSE (AD-1); a request
   * still pending takes the newer values.
   */
  private void requestIdentityChange(
      Access a, ChangeSet set, String reportId, String username, LocalDateTime now) {
    var company = a.file().getCompany();
    set.getOperations().stream()
        .filter(UpdateCompanyData.class::isInstance)
        .map(UpdateCompanyData.class::cast)
        .reduce((earlier, later) -> later)
        .filter(data -> data.identityRequested(company))
        .ifPresent(
            data -> {
              var pending =
                  identityChanges.latestOf(company.getId()).filter(IdentityChange::isPending);
              pending.ifPresent(
                  p ->
                      p.replace(
                          company,
                          data.ragioneSociale(),
                          data.legalRepresentative(),
                          reportId,
                          username,
                          now));
              if (pending.isEmpty()) {
                identityChanges.store(
                    IdentityChange.requested(
                        company,
                        data.ragioneSociale(),
                        data.legalRepresentative(),
                        reportId,
                        username,
                        now));
              }
              audit.recordFor(
                  company.getId(),
                  username,
                  "IDENTITY_CHANGE_REQUESTED",
                  reportId,
                  data.ragioneSociale());
            });
  }

  /** BR-1: the answers signed close their misalignments, if still open as the operator saw them. */
  private void settleMisalignments(Access a, ChangeSet set, LocalDateTime now) {
    for (Operation operation : set.getOperations()) {
      if (operation instanceof SettlesMisalignment answer) {
        misalignments
            .of(a.file().getCompany(), answer.misalignment())
            .orElseThrow(() -> new NotFoundException("misalignment.unknown"))
            .settle(answer.answer(), answer.registerValue(), now);
      }
    }
  }
}
