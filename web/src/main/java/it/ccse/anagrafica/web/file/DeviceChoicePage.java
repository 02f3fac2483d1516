package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.file.application.CompanyFileService;
import it.ccse.anagrafica.file.application.FileViews.DeviceChoice;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * VW-1 "scegli il dispositivo in uso": a delegate on several devices picks one, and so the company
 * they act for; only the companies they accepted are listed, each under its name.
 */
@Named
@ViewScoped
public class DeviceChoicePage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The devices of one company, under its name. */
  public record CompanyDevices(String companyName, List<DeviceChoice> devices)
      implements Serializable {}

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
    var chosen = choices.stream().filter(c -> c.publicId().equals(device)).findFirst();
    if (chosen.isEmpty()) {
      messages.error(null, "file.outOfScope");
      return null;
    }
    deviceInUse.choose(chosen.get());
    return "/area/fascicolo?faces-redirect=true";
  }

  public List<DeviceChoice> getChoices() {
    return choices;
  }

  /** The choices by company, in the service's order (company, site, serial). */
  public List<CompanyDevices> getCompanies() {
    Map<String, List<DeviceChoice>> byCompany =
        choices.stream()
            .collect(
                Collectors.groupingBy(
                    DeviceChoice::companyName, LinkedHashMap::new, Collectors.toList()));
    return byCompany.entrySet().stream()
        .map(e -> new CompanyDevices(e.getKey(), e.getValue()))
        .toList();
  }
}
