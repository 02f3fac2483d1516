package it.ccse.anagrafica.company.domain;

import java.util.List;
import java.util.Optional;

/** MD-3, AD-1: the identity changes companies signed, for the file and the validation queue. */
public interface IdentityChangeRepository {

  /** The company's latest request, whatever its status. */
  Optional<IdentityChange> latestOf(Long companyId);

  /** A request by its public id, locked for the staff member who decides it. */
  Optional<IdentityChange> findForUpdate(String publicId);

  Optional<IdentityChange> find(String publicId);

  /** In {@code status}, oldest first. */
  List<IdentityChange> inStatus(IdentityChangeStatus status, int first, int size);

  long countInStatus(IdentityChangeStatus status);

  void store(IdentityChange change);

  void flush();
}
