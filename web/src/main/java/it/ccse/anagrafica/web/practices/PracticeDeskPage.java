package it.ccse.anagrafica.web.practices;

import it.ccse.anagrafica.practices.application.PracticeDesk;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.practices.domain.PracticeState;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * AD-2: the practice chosen in the queue, with its attachments, amount due and covered; "Prendi in
 * carico", "Evadi" (a practice that ships nothing), "Spedisci" (serial typed or generated; the
 * service refuses while not covered), "Respingi" with a reason. Each carries the version shown, so
 * a practice another staff member moved meanwhile is refused with a message.
 */
@Named
@ViewScoped
public class PracticeDeskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PracticeDesk desk;
  @Inject private CurrentUser user;
  @Inject private Messages messages;

  private PracticeView practice;
  private String serial;
  private String reason;

  public void show(String publicId) {
    practice = desk.find(publicId);
    serial = null;
    reason = null;
  }

  public void take() {
    practice = desk.take(user.username(), practice.publicId(), practice.version());
    messages.info(null, "practiceDesk.taken", practice.number());
  }

  public void complete() {
    practice = desk.complete(user.username(), practice.publicId(), practice.version());
    messages.info(null, "practiceDesk.completed", practice.number());
  }

  public void ship() {
    practice = desk.ship(user.username(), practice.publicId(), practice.version(), serial);
    messages.info(null, "practiceDesk.shipped", practice.number(), practice.shippedSerial());
  }

  public void reject() {
    practice = desk.reject(user.username(), practice.publicId(), practice.version(), reason);
    messages.info(null, "practiceDesk.rejected", practice.number());
  }

  /** Presented, not yet taken: "Prendi in carico". */
  public boolean isTakeable() {
    return practice != null && practice.state() == PracticeState.SUBMITTED;
  }

  /** Taken in charge: "Evadi" or "Spedisci", "Respingi". */
  public boolean isInProgress() {
    return practice != null && practice.state() == PracticeState.IN_PROGRESS;
  }

  public PracticeView getPractice() {
    return practice;
  }

  public String getSerial() {
    return serial;
  }

  public void setSerial(String serial) {
    this.serial = serial;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
