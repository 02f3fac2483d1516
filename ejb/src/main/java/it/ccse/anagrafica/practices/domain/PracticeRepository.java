package it.ccse.anagrafica.practices.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where practices are kept (RQ-1..RQ-3, ST-1, AD-2); implemented in the area's infrastructure. */
public interface PracticeRepository {

  /** Stores a new practice and gives it its id. */
  void store(Practice practice);

  void remove(Practice practice);

  /** Writes the changes now, so that a view made next carries the new version. */
  void flush();

  /** A practice of the company; another company's id reads as absent. */
  Optional<Practice> find(long companyId, String publicId);

  /** Any company's practice: the back office only. */
  Optional<Practice> find(String publicId);

  /**
   * The practice locked until the transaction ends and read after any change committed meanwhile:
   * two staff acting on one practice act one after the other, and the second sees the first's.
   */
  Optional<Practice> findForUpdate(String publicId);

  /**
   * The company's signed practices with an amount due above zero that are not cancelled or
   * rejected, oldest first (PY-3 "Pratiche da associare"); with a {@code createdBy} only that
   * user's.
   */
  List<Practice> withAmountDue(long companyId, String createdBy);

  /** Practices by id, of any company: the caller checks whose they are. */
  List<Practice> byIds(Collection<Long> ids);

  /**
   * The practices locked in id order until the transaction ends (no deadlock between two callers):
   * payments allocating their euros sign one after the other.
   */
  List<Practice> lock(Collection<Long> ids);

  /** PY-1: the company's "Rinnovo annuale" practices, but those CCSE rejected. */
  List<Practice> renewals(long companyId);

  /**
   * Serialises the requests of a company's renewals (PY-1) until the transaction ends: the second
   * of two requests for one year reads the first's practice.
   */
  void lockRenewals(long companyId);

  /** A user's drafts in a company, newest first. */
  List<Practice> drafts(long companyId, String createdBy);

  /**
   * Submitted practices, newest first, of one company or (with a null {@code companyId}) of all; a
   * null type or state is any.
   */
  List<Practice> submitted(
      Long companyId, PracticeType type, PracticeState state, int first, int max);

  long countSubmitted(Long companyId, PracticeType type, PracticeState state);

  /** The company's practices closed since then in one of the states, newest first. */
  List<Practice> closedSince(long companyId, LocalDateTime since, Set<PracticeState> states);

  /** Whether a practice already ships the device (RQ-2b: one practice per requested device). */
  boolean shipsDevice(String devicePublicId);

  /** "PR-2026-000123". */
  String nextNumber(int year);

  void store(SignedPracticeReport report);

  Optional<SignedPracticeReport> report(Practice practice);
}
