package it.ccse.anagrafica.payments.application;

import it.ccse.anagrafica.documents.application.AttachmentContent;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentDetails;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentView;
import it.ccse.anagrafica.payments.application.PaymentViews.PracticeDue;
import java.io.InputStream;
import java.util.List;

/**
 * "Lista Pagamenti" and "INSERISCI PAGAMENTO" (PY-2, PY-3) for the caller's company: the legal
 * representative sees and pays every practice of the company, a delegate their own practices and
 * payments. Another company's payment or practice reads as not found. A draft is kept across logout
 * until signed with the PIN or discarded; each change carries the version the page saw.
 */
public interface PaymentCommunications {

  /** Signed payments, newest payment date first. */
  List<PaymentView> list(String username, String device);

  /** The caller's drafts, newest first. */
  List<PaymentView> drafts(String username, String device);

  PaymentView create(String username, String device);

  PaymentView find(String username, String device, String paymentId);

  /** "Pratiche da associare": the caller's practices with an amount still to pay, oldest first. */
  List<PracticeDue> payable(String username, String device);

  PaymentView save(
      String username, String device, String paymentId, long version, PaymentDetails details);

  PaymentView allocate(
      String username,
      String device,
      String paymentId,
      long version,
      String practiceId,
      long share,
      String note);

  PaymentView deallocate(
      String username, String device, String paymentId, long version, String practiceId);

  /** ALLEGATO: stores the receipt (at most 500 KB, checked by content), replacing a former one. */
  PaymentView attachReceipt(
      String username, String device, String paymentId, String fileName, InputStream content);

  /** RIMUOVI: until CCSE verifies the payment. */
  PaymentView removeReceipt(String username, String device, String paymentId, long version);

  void discard(String username, String device, String paymentId);

  /** FIRMA with the PIN: the shares are checked again with the practices locked. */
  PaymentView sign(String username, String device, String paymentId, long version, char[] pin);

  /** ALLEGATO to download. */
  AttachmentContent receipt(String username, String device, String paymentId);
}
