package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.SectorDesk;
import it.ccse.anagrafica.sectors.application.SectorDesk.QueuedSector;
import it.ccse.anagrafica.sectors.domain.SectorState;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * AD-1 for sectors: the sector chosen in the queue with its company, services and ATOs, contacts,
 * bank and self-certification; "Valida" or "Respingi" with a reason, each with the version shown.
 */
@Named
@ViewScoped
public class SectorDeskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SectorDesk desk;
  @Inject private CurrentUser user;
  @Inject private Messages messages;

  private QueuedSector queued;
  private String reason;

  public void show(String sectorId) {
    queued = desk.find(sectorId);
    reason = null;
  }

  public void validate() {
    queued = desk.validate(user.username(), queued.sector().id(), queued.sector().version());
    messages.info(null, "sectorDesk.validated");
  }

  public void reject() {
    queued = desk.reject(user.username(), queued.sector().id(), queued.sector().version(), reason);
    messages.info(null, "sectorDesk.rejected");
  }

  /** Sent to CCSE and not yet decided. */
  public boolean isOpen() {
    return queued != null && queued.sector().state() == SectorState.SUBMITTED;
  }

  public QueuedSector getQueued() {
    return queued;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
