package it.ccse.anagrafica.company.domain;

import java.util.List;
import java.util.Optional;

public interface CompanyDataSubmissionRepository {

  Optional<CompanyDataSubmission> latestOf(Company company);

  Optional<CompanyDataSubmission> find(Long id);

  /** The round the company worked on before this one, if any. */
  Optional<CompanyDataSubmission> previousOf(CompanyDataSubmission submission);

  void store(CompanyDataSubmission submission);

  /** Writes pending changes now, so their new version is known. */
  void flush();

  /** Signed and not yet reviewed, oldest first; {@code name} filters on the company name. */
  List<CompanyDataSubmission> awaitingReview(String name, int first, int size);

  long countAwaitingReview(String name);

  /** The next registration form number of the year, e.g. MR-2026-000123. */
  String nextFormNumber(int year);
}
