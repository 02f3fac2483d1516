package it.ccse.anagrafica.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The controller's data in the GDPR art. 13 notice the registration asks the user to have read
 * (issue 14, defect 12). They belong to whoever runs the portal, so they are settings; the defaults
 * say plainly that they are still to be set.
 */
@Named
@ApplicationScoped
public class PrivacyNotice {

  @Inject
  @ConfigProperty(
      name = "anagrafica.privacy.controller",
      defaultValue = "[titolare del trattamento: da configurare]")
  private String controller;

  @Inject
  @ConfigProperty(
      name = "anagrafica.privacy.controller-contact",
      defaultValue = "[recapiti del titolare: da configurare]")
  private String controllerContact;

  @Inject
  @ConfigProperty(
      name = "anagrafica.privacy.dpo-contact",
      defaultValue = "[recapiti del responsabile della protezione dei dati: da configurare]")
  private String dpoContact;

  public String getController() {
    return controller;
  }

  public String getControllerContact() {
    return controllerContact;
  }

  public String getDpoContact() {
    return dpoContact;
  }
}
