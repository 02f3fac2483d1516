package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.ActivitySectors;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorView;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The home page's notice of the activity sectors CCSE rejected (AD-1), with the reason, on every
 * access until the sector is sent again.
 */
@Named
@RequestScoped
public class SectorNotices {

  @EJB private ActivitySectors sectors;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;

  private List<SectorView> rejected;

  public List<SectorView> getRejected() {
    if (rejected == null) {
      rejected =
          user.isOperator() || user.isDelegate()
              ? sectors.rejected(user.username(), deviceInUse.get())
              : List.of();
    }
    return rejected;
  }
}
