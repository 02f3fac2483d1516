package it.ccse.anagrafica.validation.application;

import it.ccse.anagrafica.company.application.IdentityRequest;
import it.ccse.anagrafica.company.domain.IdentityChangeStatus;
import java.util.List;

/**
 * AD-1 for MD-3: CCSE's queue of signed changes of ragione sociale and legal representative, oldest
 * first, each with its old and new values; approve (the company takes them) or reject with the
 * reason the company reads. Each decision carries the version the staff member saw. Staff only.
 */
public interface IdentityChangeDesk {

  List<IdentityRequest> page(IdentityChangeStatus status, int first, int size);

  long count(IdentityChangeStatus status);

  IdentityRequest find(String requestId);

  IdentityRequest approve(String staff, String requestId, long version);

  IdentityRequest reject(String staff, String requestId, long version, String reason);
}
