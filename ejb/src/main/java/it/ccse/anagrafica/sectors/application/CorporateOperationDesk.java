package it.ccse.anagrafica.sectors.application;

import it.ccse.anagrafica.sectors.application.OperationViews.OperationView;
import it.ccse.anagrafica.sectors.domain.CorporateOperationState;
import java.io.Serializable;
import java.util.List;

/**
 * AD-1 for corporate operations (OP-2): the back office's queue of operations companies sent, the
 * oldest first; an operation with its company and files; "Segna come gestita", or "Richiedi
 * integrazione" with the message the company reads. Each change carries the version the staff
 * member saw. CCSE staff only.
 */
public interface CorporateOperationDesk {

  /** An operation as the queue shows it: with the company it belongs to. */
  record QueuedOperation(String companyName, String companyCodiceFiscale, OperationView operation)
      implements Serializable {}

  List<QueuedOperation> page(CorporateOperationState state, int first, int size);

  long count(CorporateOperationState state);

  QueuedOperation find(String operationId);

  QueuedOperation markHandled(String staff, String operationId, long version);

  QueuedOperation requestMore(String staff, String operationId, long version, String reason);
}
