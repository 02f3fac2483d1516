package it.ccse.anagrafica.payments.application.internal;

import it.ccse.anagrafica.file.application.FileAccess;
import it.ccse.anagrafica.payments.domain.Adjustment;
import it.ccse.anagrafica.payments.domain.AdjustmentRepository;
import it.ccse.anagrafica.payments.domain.AdjustmentState;
import it.ccse.anagrafica.payments.domain.Payment;
import it.ccse.anagrafica.payments.domain.PaymentRepository;
import it.ccse.anagrafica.payments.domain.PaymentState;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.PracticeRepository;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Whose payments and adjustments (PY-2, PY-3, AJ-1..AJ-3): the caller's company as the file sees it
 * (VW-1). The legal representative acts on all its payments, adjustments and practices, a delegate
 * on the ones they created, and a draft only its author; anything else reads as not found.
 */
@Dependent
class PaymentAccess {

  /** The caller's company, and the user whose items they are limited to (null: all). */
  record Caller(long companyId, String username, String onlyOf) {

    /** Whether the caller may act on what {@code createdBy} created. */
    boolean sees(String createdBy) {
      return onlyOf == null || onlyOf.equals(createdBy);
    }
  }

  static final String UNKNOWN = "payment.unknown";
  static final String UNKNOWN_ADJUSTMENT = "adjustment.unknown";

  @Inject private FileAccess files;
  @Inject private PaymentRepository payments;
  @Inject private PracticeRepository practices;
  @Inject private AdjustmentRepository adjustments;

  Caller resolve(String username, String device) {
    var access = files.resolve(username, device);
    // The account's own name (stored in lower case), whatever case the caller typed.
    String author = access.author();
    return new Caller(
        access.file().getCompany().getId(), author, access.scope().isWholeFile() ? null : author);
  }

  /** A draft is its author's alone, as practices' drafts are. */
  Payment payment(Caller caller, String paymentId) {
    return payments
        .find(caller.companyId(), paymentId)
        .filter(p -> caller.sees(p.getCreatedBy()))
        .filter(
            p -> p.getState() != PaymentState.DRAFT || p.getCreatedBy().equals(caller.username()))
        .orElseThrow(() -> new NotFoundException(UNKNOWN));
  }

  /** A payment as the caller last saw it; one changed meanwhile is refused. */
  Payment payment(Caller caller, String paymentId, long version) {
    var payment = payment(caller, paymentId);
    if (payment.getVersion() != version) {
      throw new ConflictException("payment.stateChanged");
    }
    return payment;
  }

  /** A practice the caller may pay: the company's, and a delegate's own. */
  Practice practice(Caller caller, String practiceId) {
    return practices
        .find(caller.companyId(), practiceId)
        .filter(p -> caller.sees(p.getProcessing().createdBy()))
        .orElseThrow(() -> new NotFoundException("practice.unknown"));
  }

  List<Practice> payable(Caller caller) {
    return practices.withAmountDue(caller.companyId(), caller.onlyOf());
  }

  /** AJ-2: the practices the caller may pay that verified payments paid a share of. */
  List<Practice> paid(Caller caller) {
    return practices.byIds(payments.practicesPaid(caller.companyId())).stream()
        .filter(p -> caller.sees(p.getProcessing().createdBy()))
        .toList();
  }

  Adjustment adjustment(Caller caller, String adjustmentId) {
    return visible(caller, adjustments.find(caller.companyId(), adjustmentId));
  }

  /** An adjustment as the caller last saw it; one changed meanwhile is refused. */
  Adjustment adjustment(Caller caller, String adjustmentId, long version) {
    var adjustment = adjustment(caller, adjustmentId);
    if (adjustment.getVersion() != version) {
      throw new ConflictException("adjustment.stateChanged");
    }
    return adjustment;
  }

  /** The adjustment locked until the transaction ends and read fresh: its uses sign in turn. */
  Adjustment lockedAdjustment(Caller caller, String adjustmentId) {
    return visible(
        caller,
        adjustments
            .findForUpdate(adjustmentId)
            .filter(a -> a.getCompanyId() == caller.companyId()));
  }

  private static Adjustment visible(Caller caller, Optional<Adjustment> adjustment) {
    return adjustment
        .filter(a -> caller.sees(a.getCreatedBy()))
        .filter(
            a ->
                a.getState() != AdjustmentState.DRAFT || a.getCreatedBy().equals(caller.username()))
        .orElseThrow(() -> new NotFoundException(UNKNOWN_ADJUSTMENT));
  }
}
