package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.file.application.CompanyFileService;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * VW-2: the file exists once CCSE has validated the company data. Pages that work on the file send
 * an operator who is not there yet to the Fascicolo, which says why (issue 14, defect 1).
 */
@Named
@RequestScoped
public class FileGate {

  @EJB private CompanyFileService files;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;

  private Boolean available;

  public boolean isAvailable() {
    if (available == null) {
      available = files.isAvailable(user.username(), deviceInUse.get());
    }
    return available;
  }

  /** f:viewAction, before the page's own. */
  public String require() {
    String choice = requireDevice();
    if (choice != null) {
      return choice;
    }
    return isAvailable() ? null : "/area/fascicolo?faces-redirect=true";
  }

  /**
   * f:viewAction (VW-1): a delegate reads and edits the company of the device in use, so without
   * one (a bookmark, a session that skipped the choice) they choose it first.
   */
  public String requireDevice() {
    return user.isDelegate() && deviceInUse.get() == null
        ? "/area/scegli-dispositivo?faces-redirect=true"
        : null;
  }
}
