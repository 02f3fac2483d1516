package it.ccse.anagrafica.web.registry;

import it.ccse.anagrafica.registry.application.CompanyFileService;
import it.ccse.anagrafica.registry.application.FileViews.DeviceChoice;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** VW-1 "scegli il dispositivo in uso": a delegate on several devices picks one. */
@Named
@ViewScoped
public class DeviceChoicePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CompanyFileService files;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private List<DeviceChoice> choices;

  /** f:viewAction: with a single device there is nothing to choose. */
  public String load() {
    choices = files.devicesInUse(user.username());
    return choices.size() == 1 ? choose(choices.get(0).publicId()) : null;
  }

  public String choose(String device) {
    if (choices.stream().noneMatch(c -> c.publicId().equals(device))) {
      messages.error(null, "file.outOfScope");
      return null;
    }
    deviceInUse.choose(device);
    return "/area/fascicolo?faces-redirect=true";
  }

  public List<DeviceChoice> getChoices() {
    return choices;
  }
}
