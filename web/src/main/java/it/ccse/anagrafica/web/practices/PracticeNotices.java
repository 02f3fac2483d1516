package it.ccse.anagrafica.web.practices;

import it.ccse.anagrafica.practices.application.PracticeStatus;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeOutcome;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The home page's notices of practices (SPEC "Access-time notices"): those rejected and the devices
 * shipped in the last days, on every access.
 */
@Named
@RequestScoped
public class PracticeNotices {

  @EJB private PracticeStatus status;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;

  private List<PracticeOutcome> outcomes;

  public List<PracticeOutcome> getOutcomes() {
    if (outcomes == null) {
      outcomes =
          user.isOperator() || user.isDelegate()
              ? status.recentOutcomes(user.username(), deviceInUse.get())
              : List.of();
    }
    return outcomes;
  }
}
