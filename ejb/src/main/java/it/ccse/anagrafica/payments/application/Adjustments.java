package it.ccse.anagrafica.payments.application;

import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentDetails;
import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.payments.application.AdjustmentViews.Overview;
import it.ccse.anagrafica.payments.application.AdjustmentViews.PaidPractice;
import it.ccse.anagrafica.payments.application.PaymentViews.PracticeDue;
import it.ccse.anagrafica.shared.domain.Money;
import java.io.InputStream;
import java.util.List;

/**
 * "Conguagli" (AJ-1..AJ-3) for the caller's company: requests from draft to FIRMA, and the use of
 * an approved one on annual renewals. As for payments, the legal representative acts on every
 * request and practice of the company, a delegate on their own; another company's id reads as not
 * found. A draft is kept across logout until signed or discarded.
 */
public interface Adjustments {

  /** AJ-1: the signed requests with their residual, and the history of operations. */
  Overview overview(String username, String device);

  /** The caller's drafts, newest first. */
  List<AdjustmentView> drafts(String username, String device);

  /** "INSERISCI CONGUAGLIO": a new draft, dated today. */
  AdjustmentView create(String username, String device);

  AdjustmentView find(String username, String device, String adjustmentId);

  /**
   * "Pratica(*)": the practices verified payments paid that no other request claims, with what was
   * paid and what the system says is due; empty when nothing was paid yet.
   */
  List<PaidPractice> paidPractices(String username, String device);

  /** SALVA: the figures are frozen as they are now; the amount must be above zero. */
  AdjustmentView save(
      String username, String device, String adjustmentId, long version, AdjustmentDetails details);

  /** The optional attachment (at most 500 KB, checked by content), replacing a former one. */
  AdjustmentView attach(
      String username, String device, String adjustmentId, String fileName, InputStream content);

  AdjustmentView removeAttachment(
      String username, String device, String adjustmentId, long version);

  void discard(String username, String device, String adjustmentId);

  /** FIRMA with the PIN: the practice is locked, so two requests cannot credit it twice. */
  AdjustmentView sign(
      String username, String device, String adjustmentId, long version, char[] pin);

  /** AJ-3: the caller's annual renewals with something still to pay. */
  List<PracticeDue> renewals(String username, String device);

  /** "ASSOCIA CONGUAGLIO": the caller's pending use, replacing a former one. */
  AdjustmentView use(
      String username, String device, String adjustmentId, String practiceId, Money amount);

  AdjustmentView withdrawUse(String username, String device, String adjustmentId);

  /**
   * FIRMA of the caller's pending use with the PIN: the adjustment and the renewal are locked and
   * the use checked again, so the second of two uses racing for the last euros is refused.
   */
  AdjustmentView signUse(String username, String device, String adjustmentId, char[] pin);
}
