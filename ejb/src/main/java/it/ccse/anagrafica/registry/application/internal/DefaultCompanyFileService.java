package it.ccse.anagrafica.registry.application.internal;

import it.ccse.anagrafica.accounts.application.DelegateInvitations;
import it.ccse.anagrafica.accounts.application.PinSignatures;
import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.documents.application.ReportRenderer;
import it.ccse.anagrafica.documents.application.ReportSealer;
import it.ccse.anagrafica.notifications.application.NotificationService;
import it.ccse.anagrafica.registry.application.CompanyFileService;
import it.ccse.anagrafica.registry.application.FileViews.ChangeSummary;
import it.ccse.anagrafica.registry.application.FileViews.DeviceChoice;
import it.ccse.anagrafica.registry.application.FileViews.FileView;
import it.ccse.anagrafica.registry.application.FileViews.ReportEntry;
import it.ccse.anagrafica.registry.application.FileViews.VehicleView;
import it.ccse.anagrafica.registry.application.internal.FileAccess.Access;
import it.ccse.anagrafica.registry.domain.CompanyFileRepository;
import it.ccse.anagrafica.registry.domain.Vehicle;
import it.ccse.anagrafica.registry.domain.changes.ChangeReport;
import it.ccse.anagrafica.registry.domain.changes.ChangeSet;
import it.ccse.anagrafica.registry.domain.changes.ChangeSetRepository;
import it.ccse.anagrafica.registry.domain.changes.CostLine;
import it.ccse.anagrafica.registry.domain.changes.Operation;
import it.ccse.anagrafica.registry.domain.changes.SettlesMisalignment;
import it.ccse.anagrafica.registry.domain.fees.Contribution;
import it.ccse.anagrafica.registry.domain.fees.FeeSchedule;
import it.ccse.anagrafica.registry.domain.obligations.FileNotice;
import it.ccse.anagrafica.registry.domain.register.MisalignmentRepository;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;
import it.ccse.anagrafica.shared.domain.reference.ReferenceDataRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Stateless
public class DefaultCompanyFileService implements CompanyFileService {

  @Inject private FileAccess access;
  @Inject private AccountRepository accounts;
  @Inject private FileViewMapper mapper;
  @Inject private CompanyFileRepository files;
  @Inject private ChangeSetRepository changeSets;
  @Inject private ReportRenderer reportPdf;
  @Inject private ReportSealer sealer;
  @Inject private Clock clock;
  @Inject private Territory territory;
  @Inject private PlaceNames places;
  @Inject private ReferenceDataRepository reference;
  @Inject private MisalignmentRepository misalignments;
  @EJB private FileRehearsal rehearsal;
  @EJB private FileOpener opener;
  @EJB private PinSignatures pins;
  @EJB private DelegateInvitations invitations;
  @EJB private NotificationService notifications;
  @EJB private AuditTrail audit;

  @Override
  public List<DeviceChoice> devicesInUse(String username) {
    var companies =
        accounts.findByUsername(username).map(accounts::acceptedCompanies).orElse(List.of());
    return files.devicesOfDelegate(username.toUpperCase(Locale.ROOT), companies).stream()
        .map(
            d ->
                new DeviceChoice(
                    d.getPublicId(),
                    d.getSerial(),
                    d.getSite().getCompany().getRagioneSociale(),
                    d.getSite().getName()))
        .sorted(
            Comparator.comparing(DeviceChoice::companyName)
                .thenComparing(DeviceChoice::siteName)
                .thenComparing(
                    DeviceChoice::serial, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  @Override
  public boolean isAvailable(String username, String device) {
    return access.isAvailable(username, device);
  }

  @Override
  public List<FileNotice> notices(String username, String device) {
    return isAvailable(username, device)
        ? access.resolve(username, device).file().notices()
        : List.of();
  }

  @Override
  public FileView current(String username, String device) {
    var a = access.resolve(username, device);
    return mapper.view(
        a.file(), a.scope(), pendingOf(a).map(s -> s.getOperations().size()).orElse(0));
  }

  @Override
  public FileView pending(String username, String device) {
    var a = access.resolve(username, device);
    var set = pendingOf(a);
    if (set.isEmpty()) {
      return mapper.view(a.file(), a.scope(), 0);
    }
    int count = set.get().getOperations().size();
    return rehearsal.rehearse(
        a.file().getId(),
        a.scope(),
        set.get().getOperations(),
        (file, lines) -> mapper.view(file, a.scope(), count));
  }

  @Override
  public void change(String username, String device, Operation... operations) {
    var a = access.resolve(username, device);
    var set =
        pendingOf(a)
            .orElseGet(() -> new ChangeSet(a.file(), a.author(), device, LocalDateTime.now(clock)));
    for (Operation operation : operations) {
      set.add(operation.checked(territory, reference::isKnownBirthplace), ops -> rehearse(a, ops));
    }
    changeSets.store(set);
  }

  @Override
  public void undo(String username, String device, int index) {
    var a = access.resolve(username, device);
    var set = pendingOf(a).orElseThrow(() -> new InvalidValueException("changeSet.empty"));
    set.undo(index, ops -> rehearse(a, ops));
    if (set.getOperations().isEmpty()) {
      changeSets.remove(set);
    }
  }

  @Override
  public void discard(String username, String device) {
    var a = access.resolve(username, device);
    pendingOf(a).ifPresent(changeSets::remove);
  }

  @Override
  public ChangeSummary summary(String username, String device) {
    var a = access.resolve(username, device);
    var set = pendingOf(a);
    if (set.isEmpty()) {
      return new ChangeSummary(List.of(), List.of(), BigDecimal.ZERO, List.of(), List.of(), false);
    }
    var costs = CostLine.of(set.get().costs(), changeSets.prices());
    boolean stale = set.get().isStale(a.file());
    var employeesBefore = a.file().getCompany().employeeThreshold();
    return rehearsal.rehearse(
        a.file().getId(),
        a.scope(),
        set.get().getOperations(),
        (file, lines) ->
            new ChangeSummary(
                lines,
                costs,
                CostLine.total(costs),
                file.problems(),
                set.get().questions(employeesBefore, file),
                stale));
  }

  @Override
  public ReportEntry sign(String username, String device, char[] pin) {
    var a = access.resolve(username, device);
    var set = pendingOf(a).orElseThrow(() -> new InvalidValueException("changeSet.empty"));
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
    settleMisalignments(a, set, now);
    files.forceNewVersion(a.file());
    var costs = CostLine.of(set.costs(), changeSets.prices());
    var view = mapper.view(a.file(), a.scope(), 0);
    byte[] pdf =
        sealer.seal(
            reportPdf.render(
                FileReports.signedChange(
                    reportId,
                    now,
                    view,
                    a.account().getDisplayName() + " (" + Account.shown(username) + ")",
                    device,
                    lines,
                    costs)),
            "Modifiche all’anagrafica firmate con PIN");
    var report = new ChangeReport(reportId, set, username, now, CostLine.total(costs), pdf);
    changeSets.store(report);
    Long companyId = a.file().getCompany().getId();
    set.newDelegates(a.file())
        .forEach(d -> invitations.invite(companyId, d.codiceFiscale(), d.fullName(), d.email()));
    notifications.notifyCompany(
        companyId, "notification.changeSigned", reportId, "/area/fascicolo.xhtml");
    audit.record(username, "CHANGE_SIGNED", a.file().getCode(), reportId);
    return entry(report);
  }

  @Override
  public List<ReportEntry> history(String username, String device) {
    var a = access.resolve(username, device);
    return changeSets.reports(a.file()).stream().map(DefaultCompanyFileService::entry).toList();
  }

  @Override
  public byte[] report(String username, String device, String reportId) {
    var a = access.resolve(username, device);
    return changeSets
        .report(a.file(), reportId)
        .map(ChangeReport::getPdf)
        .orElseThrow(() -> new NotFoundException("file.unknownItem"));
  }

  @Override
  public byte[] companyReport(String username, String device) {
    var a = access.resolve(username, device);
    LocalDateTime now = LocalDateTime.now(clock);
    var view = mapper.view(a.file(), a.scope(), 0);
    var vehicles = vehiclesOf(a, null, 0, Integer.MAX_VALUE);
    var contribution = contributionOf(a);
    return sealer.seal(
        reportPdf.render(FileReports.company(now, view, vehicles, contribution)), "Report azienda");
  }

  @Override
  public Contribution contribution(String username, String device) {
    return contributionOf(access.resolve(username, device));
  }

  private Contribution contributionOf(Access a) {
    return Contribution.of(a.file(), new FeeSchedule(files.feeBands()), files::countVehicles);
  }

  @Override
  public List<VehicleView> vehicles(
      String username, String device, String plate, int first, int max) {
    return vehiclesOf(access.resolve(username, device), plate, first, max);
  }

  @Override
  public long countVehicles(String username, String device, String plate) {
    var a = access.resolve(username, device);
    return files.countVehicles(a.file().getCompany(), plate);
  }

  private List<VehicleView> vehiclesOf(Access a, String plate, int first, int max) {
    return files.vehicles(a.file().getCompany(), plate, first, max).stream()
        .map(DefaultCompanyFileService::vehicle)
        .toList();
  }

  private static VehicleView vehicle(Vehicle v) {
    return new VehicleView(
        v.getPlate(),
        v.getType(),
        v.getTransportCategory().label(),
        v.getBlackBoxState(),
        v.getDeviceSerial());
  }

  private static ReportEntry entry(ChangeReport r) {
    return new ReportEntry(
        r.getReportId(), r.getCreatedAt(), Account.shown(r.getSigner()), r.getTotalCost());
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

  private Optional<ChangeSet> pendingOf(Access a) {
    return changeSets.pendingOf(a.file(), a.author());
  }

  private void rehearse(Access a, List<Operation> operations) {
    rehearsal.rehearse(a.file().getId(), a.scope(), operations, (file, lines) -> lines);
  }
}
