package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.SectorTypes;
import it.ccse.anagrafica.sectors.application.SectorTypes.SectorTypeRow;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * SE-2 back office "Tipologie settori": CCSE's sector types with their services — a new type, and
 * for the type chosen its label, active or not, a service added or renamed.
 */
@Named
@ViewScoped
public class SectorTypesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SectorTypes types;
  @Inject private Messages messages;

  private List<SectorTypeRow> rows;
  private SectorTypeRow chosen;
  private String newCode;
  private String newLabel;
  private boolean newWater;
  private String label;
  private String serviceCode;
  private String serviceLabel;

  public void create() {
    chosen = types.create(newCode, newLabel, newWater);
    newCode = null;
    newLabel = null;
    newWater = false;
    shown("sectorTypes.created");
  }

  public void choose(String code) {
    chosen = getRows().stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
    label = chosen == null ? null : chosen.label();
    serviceCode = null;
    serviceLabel = null;
  }

  public void rename() {
    chosen = types.rename(chosen.code(), chosen.version(), label);
    shown("sectorTypes.saved");
  }

  public void toggleActive() {
    chosen = types.activate(chosen.code(), chosen.version(), !chosen.active());
    shown(chosen.active() ? "sectorTypes.activated" : "sectorTypes.deactivated");
  }

  /** "Aggiungi servizio", or a new label for the service whose code is typed. */
  public void saveService() {
    boolean known =
        chosen.services().stream().anyMatch(s -> s.code().equalsIgnoreCase(serviceCode));
    chosen =
        known
            ? types.renameService(chosen.code(), chosen.version(), serviceCode, serviceLabel)
            : types.addService(chosen.code(), chosen.version(), serviceCode, serviceLabel);
    serviceCode = null;
    serviceLabel = null;
    shown("sectorTypes.saved");
  }

  private void shown(String messageKey) {
    rows = null;
    label = chosen.label();
    messages.info(null, messageKey);
  }

  public List<SectorTypeRow> getRows() {
    if (rows == null) {
      rows = types.all();
    }
    return rows;
  }

  public SectorTypeRow getChosen() {
    return chosen;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewLabel() {
    return newLabel;
  }

  public void setNewLabel(String newLabel) {
    this.newLabel = newLabel;
  }

  public boolean isNewWater() {
    return newWater;
  }

  public void setNewWater(boolean newWater) {
    this.newWater = newWater;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public void setServiceCode(String serviceCode) {
    this.serviceCode = serviceCode;
  }

  public String getServiceLabel() {
    return serviceLabel;
  }

  public void setServiceLabel(String serviceLabel) {
    this.serviceLabel = serviceLabel;
  }
}
