package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.ActivitySectors;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorView;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Settori Attività" (SE-1, SE-6, SE-8): "Lista settori attività" with drafts, what each still
 * lacks for CCSE, and "Aggiungi settore di attività", which opens a new draft. Before CCSE has
 * validated the company data the page says why there is nothing yet (SE-1).
 */
@Named
@ViewScoped
public class SectorListPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ActivitySectors sectors;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;

  private boolean available;
  private List<SectorView> list = List.of();

  /** f:viewAction. */
  public void load() {
    available = sectors.isAvailable(user.username(), deviceInUse.get());
    list = available ? sectors.list(user.username(), deviceInUse.get()) : List.of();
  }

  /** "Aggiungi settore di attività": a new draft, opened. */
  public String create() {
    var draft = sectors.create(user.username(), deviceInUse.get());
    return "/area/settori/settore?faces-redirect=true&id=" + draft.id();
  }

  public boolean isAvailable() {
    return available;
  }

  public List<SectorView> getList() {
    return list;
  }
}
