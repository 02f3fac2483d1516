package it.ccse.anagrafica.payments.application.internal;

import it.ccse.anagrafica.accounts.application.PinSignatures;
import it.ccse.anagrafica.documents.application.Attachments;
import it.ccse.anagrafica.documents.domain.AttachmentUse;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentDetails;
import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.payments.application.AdjustmentViews.OperationView;
import it.ccse.anagrafica.payments.application.AdjustmentViews.Overview;
import it.ccse.anagrafica.payments.application.AdjustmentViews.PaidPractice;
import it.ccse.anagrafica.payments.application.Adjustments;
import it.ccse.anagrafica.payments.application.PaymentViews.PracticeDue;
import it.ccse.anagrafica.payments.application.internal.PaymentAccess.Caller;
import it.ccse.anagrafica.payments.domain.Adjustment;
import it.ccse.anagrafica.payments.domain.AdjustmentFigures;
import it.ccse.anagrafica.payments.domain.AdjustmentRepository;
import it.ccse.anagrafica.payments.domain.AdjustmentState;
import it.ccse.anagrafica.payments.domain.Receipt;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.PracticeRepository;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.shared.domain.BusinessException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.Money;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** "Conguagli" (AJ-1..AJ-3): load, ask the adjustment, store. */
@Stateless
public class DefaultAdjustments implements Adjustments {

  @Inject private PaymentAccess access;
  @Inject private AdjustmentRepository adjustments;
  @Inject private PracticeRepository practices;
  @Inject private PracticeBalances balances;
  @Inject private AdjustmentViewMapper mapper;
  @Inject private AdjustmentOutcomes outcomes;
  @Inject private Clock clock;
  @EJB private Attachments attachments;
  @EJB private PinSignatures pins;

  @Override
  public Overview overview(String username, String device) {
    var caller = access.resolve(username, device);
    var views =
        adjustments.signed(caller.companyId(), caller.onlyOf()).stream()
            .map(a -> mapper.view(a, username))
            .toList();
    return new Overview(
        views,
        views.stream()
            .flatMap(v -> v.history().stream())
            .sorted(Comparator.comparing(OperationView::at).reversed())
            .toList());
  }

  @Override
  public List<AdjustmentView> drafts(String username, String device) {
    var caller = access.resolve(username, device);
    return adjustments.drafts(caller.companyId(), username).stream()
        .map(a -> mapper.view(a, username))
        .toList();
  }

  @Override
  public AdjustmentView create(String username, String device) {
    var caller = access.resolve(username, device);
    var adjustment = Adjustment.draft(caller.companyId(), username, LocalDateTime.now(clock));
    adjustments.store(adjustment);
    return mapper.view(adjustment, username);
  }

  @Override
  public AdjustmentView find(String username, String device, String adjustmentId) {
    return mapper.view(access.adjustment(access.resolve(username, device), adjustmentId), username);
  }

  @Override
  public List<PaidPractice> paidPractices(String username, String device) {
    return claimable(access.resolve(username, device)).stream()
        .map(
            p -> {
              var figures = figures(p, null);
              return new PaidPractice(
                  p.getPublicId(),
                  p.getNumber().orElse(""),
                  p.getType(),
                  figures.totalPaid(),
                  figures.systemDue());
            })
        .toList();
  }

  @Override
  public AdjustmentView save(
      String username,
      String device,
      String adjustmentId,
      long version,
      AdjustmentDetails details) {
    var caller = access.resolve(username, device);
    var adjustment = access.adjustment(caller, adjustmentId, version);
    var practice =
        chosen(
            claimable(caller),
            details.practiceId(),
            () -> new InvalidFieldException("practice", "adjustment.practice.notEligible"));
    adjustment.describe(
        practice.map(Practice::getId).orElse(null),
        practice.map(p -> figures(p, details.userDue())).orElse(null),
        adjustments.reason(details.reasonCode()).orElse(null),
        details.note());
    return stored(adjustment, username);
  }

  @Override
  public AdjustmentView attach(
      String username, String device, String adjustmentId, String fileName, InputStream content) {
    var caller = access.resolve(username, device);
    var adjustment = access.adjustment(caller, adjustmentId);
    var stored =
        attachments.store(caller.companyId(), AttachmentUse.PAYMENT, fileName, content, username);
    adjustment
        .attach(new Receipt(stored.publicId(), stored.fileName()))
        .ifPresent(former -> attachments.discard(caller.companyId(), former.attachmentPublicId()));
    return stored(adjustment, username);
  }

  @Override
  public AdjustmentView removeAttachment(
      String username, String device, String adjustmentId, long version) {
    var caller = access.resolve(username, device);
    var adjustment = access.adjustment(caller, adjustmentId, version);
    attachments.discard(caller.companyId(), adjustment.removeAttachment().attachmentPublicId());
    return stored(adjustment, username);
  }

  @Override
  public void discard(String username, String device, String adjustmentId) {
    var caller = access.resolve(username, device);
    var adjustment = access.adjustment(caller, adjustmentId);
    if (adjustment.getState() != AdjustmentState.DRAFT) {
      throw new NotFoundException(PaymentAccess.UNKNOWN_ADJUSTMENT);
    }
    adjustment
        .attachment()
        .ifPresent(a -> attachments.discard(caller.companyId(), a.attachmentPublicId()));
    adjustments.remove(adjustment);
  }

  @Override
  public AdjustmentView sign(
      String username, String device, String adjustmentId, long version, char[] pin) {
    var caller = access.resolve(username, device);
    var adjustment = access.adjustment(caller, adjustmentId, version);
    pins.check(username, pin).requireAccepted();
    var practiceId = adjustment.practiceId();
    practices.lock(practiceId.stream().toList());
    adjustment.submit(
        practiceId.filter(adjustments::claimed).isPresent(), LocalDateTime.now(clock));
    var view = stored(adjustment, username);
    outcomes.tell(username, caller.companyId(), view, MailTemplate.ADJUSTMENT_SUBMITTED);
    return view;
  }

  @Override
  public List<PracticeDue> renewals(String username, String device) {
    return access.payable(access.resolve(username, device)).stream()
        .filter(p -> p.getType() == PracticeType.ANNUAL_RENEWAL)
        .map(balances::due)
        .filter(d -> !d.stillNeeded().isZero())
        .toList();
  }

  @Override
  public AdjustmentView use(
      String username, String device, String adjustmentId, String practiceId, Money amount) {
    var caller = access.resolve(username, device);
    var adjustment = access.adjustment(caller, adjustmentId);
    var practice =
        chosen(access.payable(caller), practiceId, () -> new NotFoundException("practice.unknown"));
    adjustment.use(
        practice.map(Practice::getId).orElse(null),
        practice.map(Practice::getType).orElse(null),
        amount,
        practice.map(p -> balances.of(p).stillNeeded()).orElse(Money.ZERO),
        username,
        LocalDateTime.now(clock));
    return stored(adjustment, username);
  }

  @Override
  public AdjustmentView withdrawUse(String username, String device, String adjustmentId) {
    var adjustment = access.adjustment(access.resolve(username, device), adjustmentId);
    adjustment.withdrawUse(username);
    return stored(adjustment, username);
  }

  @Override
  public AdjustmentView signUse(String username, String device, String adjustmentId, char[] pin) {
    var caller = access.resolve(username, device);
    access.adjustment(caller, adjustmentId); // another's id is not found before the PIN is asked
    pins.check(username, pin).requireAccepted();
    var adjustment = access.lockedAdjustment(caller, adjustmentId);
    var pending =
        adjustment
            .pendingUse(username)
            .orElseThrow(() -> new NotFoundException("adjustment.use.none"));
    var renewal = practices.lock(List.of(pending.practiceId())).get(0);
    var signed =
        adjustment.signUse(
            username, id -> balances.of(renewal).stillNeeded(), LocalDateTime.now(clock));
    var view = stored(adjustment, username);
    outcomes.tellUse(
        username, caller.companyId(), view, signed.amount(), renewal.getNumber().orElse(""));
    return view;
  }

  /** The practices the caller may claim: paid by verified payments, claimed by no request. */
  private List<Practice> claimable(Caller caller) {
    return access.paid(caller).stream().filter(p -> !adjustments.claimed(p.getId())).toList();
  }

  /** The practice chosen among those offered, if one was; another is refused. */
  private static Optional<Practice> chosen(
      List<Practice> offered, String practiceId, Supplier<BusinessException> refusal) {
    return Optional.ofNullable(practiceId)
        .filter(id -> !id.isBlank())
        .map(
            id ->
                offered.stream()
                    .filter(p -> p.getPublicId().equals(id))
                    .findFirst()
                    .orElseThrow(refusal));
  }

  /** "Totale versato pratica" and "calcolato Sistri" as they are now, with the user's due. */
  private AdjustmentFigures figures(Practice practice, Money userDue) {
    return new AdjustmentFigures(
        balances.paid(practice.getId()), practice.amountDue().orElse(Money.ZERO), userDue);
  }

  private AdjustmentView stored(Adjustment adjustment, String viewer) {
    adjustments.flush();
    return mapper.view(adjustment, viewer);
  }
}
