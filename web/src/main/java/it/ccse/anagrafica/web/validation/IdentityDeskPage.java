package it.ccse.anagrafica.web.validation;

import it.ccse.anagrafica.company.application.IdentityRequest;
import it.ccse.anagrafica.company.domain.IdentityChangeStatus;
import it.ccse.anagrafica.validation.application.IdentityChangeDesk;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import it.ccse.anagrafica.web.shared.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * AD-1 for MD-3, "Ragione sociale e legale rappresentante": the signed changes by status (pending
 * first shown), oldest first; the one chosen with its old and new values, "Approva" or "Respingi"
 * with a reason, each with the version shown.
 */
@Named
@ViewScoped
public class IdentityDeskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private IdentityChangeDesk desk;
  @Inject private CurrentUser user;
  @Inject private Messages messages;

  private IdentityChangeStatus status = IdentityChangeStatus.PENDING;
  private IdentityRequest request;
  private String reason;

  private final LazyDataModel<IdentityRequest> rows =
      PagedRows.of(
          () -> desk.count(status), (first, size) -> desk.page(status, first, size), r -> r.id());

  public void show(String requestId) {
    request = desk.find(requestId);
    reason = null;
  }

  public void approve() {
    request = desk.approve(user.username(), request.id(), request.version());
    messages.info(null, "identityDesk.approved");
  }

  public void reject() {
    request = desk.reject(user.username(), request.id(), request.version(), reason);
    messages.info(null, "identityDesk.rejected");
  }

  public boolean isOpen() {
    return request != null && request.status() == IdentityChangeStatus.PENDING;
  }

  public List<IdentityChangeStatus> getStatuses() {
    return List.of(IdentityChangeStatus.values());
  }

  public LazyDataModel<IdentityRequest> getRows() {
    return rows;
  }

  public IdentityChangeStatus getStatus() {
    return status;
  }

  public void setStatus(IdentityChangeStatus status) {
    this.status = status == null ? IdentityChangeStatus.PENDING : status;
  }

  public IdentityRequest getRequest() {
    return request;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
