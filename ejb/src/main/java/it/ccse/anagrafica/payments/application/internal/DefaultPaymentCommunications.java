package it.ccse.anagrafica.payments.application.internal;

import it.ccse.anagrafica.accounts.application.PinSignatures;
import it.ccse.anagrafica.documents.application.AttachmentContent;
import it.ccse.anagrafica.documents.application.Attachments;
import it.ccse.anagrafica.documents.domain.AttachmentUse;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.payments.application.PaymentCommunications;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentDetails;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentView;
import it.ccse.anagrafica.payments.application.PaymentViews.PracticeDue;
import it.ccse.anagrafica.payments.domain.Allocation;
import it.ccse.anagrafica.payments.domain.Payment;
import it.ccse.anagrafica.payments.domain.PaymentRepository;
import it.ccse.anagrafica.payments.domain.PaymentState;
import it.ccse.anagrafica.payments.domain.Receipt;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.PracticeRepository;
import it.ccse.anagrafica.shared.domain.Money;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** "Lista Pagamenti" and "INSERISCI PAGAMENTO" (PY-2, PY-3): load, ask the payment, store. */
@Stateless
public class DefaultPaymentCommunications implements PaymentCommunications {

  @Inject private PaymentAccess access;
  @Inject private PaymentRepository payments;
  @Inject private PracticeRepository practices;
  @Inject private PracticeBalances balances;
  @Inject private PaymentViewMapper mapper;
  @Inject private PaymentOutcomes outcomes;
  @Inject private Clock clock;
  @EJB private Attachments attachments;
  @EJB private PinSignatures pins;

  @Override
  public List<PaymentView> list(String username, String device) {
    var caller = access.resolve(username, device);
    return payments.signed(caller.companyId(), caller.onlyOf()).stream().map(mapper::view).toList();
  }

  @Override
  public List<PaymentView> drafts(String username, String device) {
    var caller = access.resolve(username, device);
    return payments.drafts(caller.companyId(), caller.username()).stream()
        .map(mapper::view)
        .toList();
  }

  @Override
  public PaymentView create(String username, String device) {
    var caller = access.resolve(username, device);
    var payment = Payment.draft(caller.companyId(), caller.username(), LocalDateTime.now(clock));
    payments.store(payment);
    return mapper.view(payment);
  }

  @Override
  public PaymentView find(String username, String device, String paymentId) {
    return mapper.view(access.payment(access.resolve(username, device), paymentId));
  }

  @Override
  public List<PracticeDue> payable(String username, String device) {
    return access.payable(access.resolve(username, device)).stream()
        .map(balances::due)
        .filter(d -> !d.stillNeeded().isZero())
        .toList();
  }

  @Override
  public PaymentView save(
      String username, String device, String paymentId, long version, PaymentDetails details) {
    var payment = access.payment(access.resolve(username, device), paymentId, version);
    payment.describe(
        details.amount(),
        details.mode(),
        details.reference(),
        details.paidOn(),
        details.note(),
        LocalDate.now(clock));
    return stored(payment);
  }

  @Override
  public PaymentView allocate(
      String username,
      String device,
      String paymentId,
      long version,
      String practiceId,
      long share,
      String note) {
    var caller = access.resolve(username, device);
    var payment = access.payment(caller, paymentId, version);
    var practice = access.practice(caller, practiceId);
    payment.allocate(
        practice.getId(),
        Money.of(BigDecimal.valueOf(share)),
        note,
        balances.of(practice).stillNeeded());
    return stored(payment);
  }

  @Override
  public PaymentView deallocate(
      String username, String device, String paymentId, long version, String practiceId) {
    var caller = access.resolve(username, device);
    var payment = access.payment(caller, paymentId, version);
    payment.deallocate(access.practice(caller, practiceId).getId());
    return stored(payment);
  }

  @Override
  public PaymentView attachReceipt(
      String username, String device, String paymentId, String fileName, InputStream content) {
    var caller = access.resolve(username, device);
    var payment = access.payment(caller, paymentId);
    var stored =
        attachments.store(caller.companyId(), AttachmentUse.PAYMENT, fileName, content, username);
    payment
        .attach(new Receipt(stored.publicId(), stored.fileName()))
        .ifPresent(former -> attachments.discard(caller.companyId(), former.attachmentPublicId()));
    return stored(payment);
  }

  @Override
  public PaymentView removeReceipt(String username, String device, String paymentId, long version) {
    var caller = access.resolve(username, device);
    var payment = access.payment(caller, paymentId, version);
    attachments.discard(caller.companyId(), payment.removeReceipt().attachmentPublicId());
    return stored(payment);
  }

  @Override
  public void discard(String username, String device, String paymentId) {
    var caller = access.resolve(username, device);
    var payment = access.payment(caller, paymentId);
    if (payment.getState() != PaymentState.DRAFT) {
      throw new NotFoundException(PaymentAccess.UNKNOWN);
    }
    payment
        .receipt()
        .ifPresent(r -> attachments.discard(caller.companyId(), r.attachmentPublicId()));
    payments.remove(payment);
  }

  @Override
  public PaymentView sign(
      String username, String device, String paymentId, long version, char[] pin) {
    var caller = access.resolve(username, device);
    var payment = access.payment(caller, paymentId, version);
    pins.check(username, pin).requireAccepted();
    Map<Long, Practice> locked =
        practices
            .lock(payment.getAllocations().stream().map(Allocation::practiceId).toList())
            .stream()
            .collect(Collectors.toMap(Practice::getId, Function.identity()));
    payment.submit(id -> balances.of(locked.get(id)).stillNeeded(), LocalDateTime.now(clock));
    var view = stored(payment);
    outcomes.tell(username, caller.companyId(), view, MailTemplate.PAYMENT_SUBMITTED);
    return view;
  }

  @Override
  public AttachmentContent receipt(String username, String device, String paymentId) {
    var caller = access.resolve(username, device);
    var receipt =
        access
            .payment(caller, paymentId)
            .receipt()
            .orElseThrow(() -> new NotFoundException("payment.receipt.none"));
    return attachments.content(caller.companyId(), receipt.attachmentPublicId());
  }

  private PaymentView stored(Payment payment) {
    payments.flush();
    return mapper.view(payment);
  }
}
