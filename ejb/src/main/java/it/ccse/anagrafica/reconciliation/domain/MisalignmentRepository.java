package it.ccse.anagrafica.reconciliation.domain;

import it.ccse.anagrafica.company.domain.Company;
import java.util.List;
import java.util.Optional;

public interface MisalignmentRepository {

  /** The company's misalignment with this id; empty for another company's (BR-1 isolation). */
  Optional<Misalignment> of(Company company, long id);

  /** BR-1: the company's open misalignments, oldest first. */
  List<Misalignment> open(Company company);

  /** AD-4: the misalignments matching the filter, newest seen first. */
  List<Misalignment> search(MisalignmentFilter filter, int first, int max);

  long count(MisalignmentFilter filter);
}
