package it.ccse.anagrafica.payments.application;

import it.ccse.anagrafica.documents.application.AttachmentContent;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentView;
import it.ccse.anagrafica.payments.domain.PaymentState;
import java.util.List;

/**
 * The back office's payments (AD-3): the queue by state, oldest signature first, a payment with its
 * receipt and the practices it covers; verify, or reject with a reason. Every change carries the
 * version the staff member saw: one changed meanwhile is refused.
 */
public interface PaymentDesk {

  List<PaymentView> page(PaymentState state, int first, int size);

  long count(PaymentState state);

  PaymentView find(String paymentId);

  PaymentView verify(String staff, String paymentId, long version);

  PaymentView reject(String staff, String paymentId, long version, String reason);

  AttachmentContent receipt(String paymentId);
}
