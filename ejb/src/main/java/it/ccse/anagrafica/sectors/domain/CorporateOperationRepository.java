package it.ccse.anagrafica.sectors.domain;

import java.util.List;
import java.util.Optional;

/** Where the companies' corporate operations are kept (OP-2); in the area's infrastructure. */
public interface CorporateOperationRepository {

  void store(CorporateOperation operation);

  void remove(CorporateOperation operation);

  /** Writes the changes now, so that a view made next carries the new version. */
  void flush();

  /** An operation of the company; another company's id reads as absent. */
  Optional<CorporateOperation> find(long companyId, String publicId);

  /** The company's operations, newest first. */
  List<CorporateOperation> ofCompany(long companyId);

  /** AD-1: operations in a state, of every company, the oldest sent first. */
  List<CorporateOperation> inState(CorporateOperationState state, int first, int max);

  long countInState(CorporateOperationState state);

  /** Any company's operation, locked until the transaction ends and read fresh: staff only. */
  Optional<CorporateOperation> findForUpdate(String publicId);

  /** Any company's operation: staff only. */
  Optional<CorporateOperation> find(String publicId);
}
