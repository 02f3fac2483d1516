package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.CorporateOperationDesk;
import it.ccse.anagrafica.sectors.application.CorporateOperationDesk.QueuedOperation;
import it.ccse.anagrafica.sectors.domain.CorporateOperationState;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * AD-1 for corporate operations: the operation chosen in the queue with its company and files;
 * "Segna come gestita" or "Richiedi integrazione" with a message, each with the version shown.
 */
@Named
@ViewScoped
public class OperationDeskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CorporateOperationDesk desk;
  @Inject private CurrentUser user;
  @Inject private Messages messages;

  private QueuedOperation queued;
  private String reason;

  public void show(String operationId) {
    queued = desk.find(operationId);
    reason = null;
  }

  public void markHandled() {
    queued =
        desk.markHandled(user.username(), queued.operation().id(), queued.operation().version());
    messages.info(null, "operationDesk.handled");
  }

  public void requestMore() {
    queued =
        desk.requestMore(
            user.username(), queued.operation().id(), queued.operation().version(), reason);
    messages.info(null, "operationDesk.moreRequested");
  }

  /** Sent to CCSE and not yet decided. */
  public boolean isOpen() {
    return queued != null && queued.operation().state() == CorporateOperationState.SENT;
  }

  public QueuedOperation getQueued() {
    return queued;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
