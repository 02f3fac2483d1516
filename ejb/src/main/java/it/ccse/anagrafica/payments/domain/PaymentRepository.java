package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.Money;
import java.util.List;
import java.util.Optional;

/** Where payment communications are kept (PY-2, PY-3, AD-3); in the area's infrastructure. */
public interface PaymentRepository {

  void store(Payment payment);

  void remove(Payment payment);

  /** Writes the changes now, so that a view made next carries the new version. */
  void flush();

  /** A payment of the company; another company's id reads as absent. */
  Optional<Payment> find(long companyId, String publicId);

  /** Any company's payment: staff only. */
  Optional<Payment> find(String publicId);

  /** Any company's payment, locked until the transaction ends and read fresh: staff only. */
  Optional<Payment> findForUpdate(String publicId);

  /**
   * "Lista Pagamenti": the company's signed payments, newest payment date first; with a {@code
   * createdBy} only that user's.
   */
  List<Payment> signed(long companyId, String createdBy);

  /** A user's drafts in a company, newest first. */
  List<Payment> drafts(long companyId, String createdBy);

  /** AD-3: payments in a state, oldest signature first, of every company. */
  List<Payment> inState(PaymentState state, int first, int max);

  long countInState(PaymentState state);

  /** The sum of the shares for a practice of the payments in these states. */
  Money allocatedTo(long practiceId, PaymentState... states);

  /** AJ-2: the ids of the company's practices that verified payments paid a share of. */
  List<Long> practicesPaid(long companyId);

  /** The notice issued for this practice and amount, if any (PY-4). */
  Optional<IssuedNotice> notice(long practiceId, Money amount);

  void store(IssuedNotice notice);

  /** The next IUV base, 13 digits. */
  String nextIuvBase();
}
