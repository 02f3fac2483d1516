package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.ActivitySectors;
import it.ccse.anagrafica.sectors.application.CorporateOperations;
import it.ccse.anagrafica.sectors.application.OperationViews.OperationView;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorView;
import it.ccse.anagrafica.sectors.domain.CorporateOperationState;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The home page's notices of the activity sectors CCSE rejected (AD-1), with the reason, and of the
 * corporate operations for which CCSE asked for more (OP-2), with its message: on every access
 * until sent again.
 */
@Named
@RequestScoped
public class SectorNotices {

  @EJB private ActivitySectors sectors;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;

  @EJB private CorporateOperations operations;

  private List<SectorView> rejected;
  private List<OperationView> moreRequested;

  public List<SectorView> getRejected() {
    if (rejected == null) {
      rejected =
          user.isOperator() || user.isDelegate()
              ? sectors.rejected(user.username(), deviceInUse.get())
              : List.of();
    }
    return rejected;
  }

  public List<OperationView> getMoreRequested() {
    if (moreRequested == null) {
      boolean company = user.isOperator() || user.isDelegate();
      moreRequested =
          company && operations.isAvailable(user.username(), deviceInUse.get())
              ? operations.list(user.username(), deviceInUse.get()).stream()
                  .filter(o -> o.state() == CorporateOperationState.MORE_REQUESTED)
                  .toList()
              : List.of();
    }
    return moreRequested;
  }
}
