package it.ccse.anagrafica.payments.application.internal;

import it.ccse.anagrafica.documents.application.AttachmentContent;
import it.ccse.anagrafica.documents.application.Attachments;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.payments.application.PaymentDesk;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentView;
import it.ccse.anagrafica.payments.domain.Payment;
import it.ccse.anagrafica.payments.domain.PaymentRepository;
import it.ccse.anagrafica.payments.domain.PaymentState;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The back office's payments (AD-3): staff act on the payment locked, one after the other. */
@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultPaymentDesk implements PaymentDesk {

  @Inject private PaymentRepository payments;
  @Inject private PaymentViewMapper mapper;
  @Inject private PaymentOutcomes outcomes;
  @Inject private Clock clock;
  @EJB private Attachments attachments;

  @Override
  public List<PaymentView> page(PaymentState state, int first, int size) {
    return payments.inState(state, first, size).stream().map(mapper::view).toList();
  }

  @Override
  public long count(PaymentState state) {
    return payments.countInState(state);
  }

  @Override
  public PaymentView find(String paymentId) {
    return mapper.view(signed(payments.find(paymentId)));
  }

  @Override
  public PaymentView verify(String staff, String paymentId, long version) {
    var payment = locked(paymentId, version);
    payment.verify(staff, LocalDateTime.now(clock));
    return told(staff, payment, MailTemplate.PAYMENT_VERIFIED);
  }

  @Override
  public PaymentView reject(String staff, String paymentId, long version, String reason) {
    var payment = locked(paymentId, version);
    payment.reject(reason, staff, LocalDateTime.now(clock));
    return told(staff, payment, MailTemplate.PAYMENT_REJECTED);
  }

  @Override
  public AttachmentContent receipt(String paymentId) {
    var receipt =
        signed(payments.find(paymentId))
            .receipt()
            .orElseThrow(() -> new NotFoundException("payment.receipt.none"));
    return attachments.contentForStaff(receipt.attachmentPublicId());
  }

  private Payment locked(String paymentId, long version) {
    var payment = signed(payments.findForUpdate(paymentId));
    if (payment.getVersion() != version) {
      throw new ConflictException("payment.stateChanged");
    }
    return payment;
  }

  /** A draft is its author's alone: staff see only signed payments. */
  private static Payment signed(Optional<Payment> payment) {
    return payment
        .filter(p -> p.getState() != PaymentState.DRAFT)
        .orElseThrow(() -> new NotFoundException(PaymentAccess.UNKNOWN));
  }

  private PaymentView told(String staff, Payment payment, MailTemplate template) {
    payments.flush();
    var view = mapper.view(payment);
    outcomes.tell(staff, payment.getCompanyId(), view, template);
    return view;
  }
}
