package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.AdjustmentDesk;
import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.payments.domain.AdjustmentState;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * AD-3: the request chosen in the queue, with its figures, reason, note and attachment; "Approva"
 * or "Respingi" with a reason, each with the version shown.
 */
@Named
@ViewScoped
public class AdjustmentDeskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AdjustmentDesk desk;
  @Inject private CurrentUser user;
  @Inject private Messages messages;

  private AdjustmentView adjustment;
  private String reason;

  public void show(String adjustmentId) {
    adjustment = desk.find(adjustmentId);
    reason = null;
  }

  public void approve() {
    adjustment = desk.approve(user.username(), adjustment.id(), adjustment.version());
    messages.info(null, "adjustmentDesk.approved");
  }

  public void reject() {
    adjustment = desk.reject(user.username(), adjustment.id(), adjustment.version(), reason);
    messages.info(null, "adjustmentDesk.rejected");
  }

  /** Signed and not yet decided. */
  public boolean isOpen() {
    return adjustment != null && adjustment.state() == AdjustmentState.SUBMITTED;
  }

  public AdjustmentView getAdjustment() {
    return adjustment;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
