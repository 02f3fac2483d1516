package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.ActivitySectors;
import it.ccse.anagrafica.sectors.application.SectorViews.AtoLine;
import it.ccse.anagrafica.sectors.application.SectorViews.AtoView;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The "Aggiungi ATO +" dialog of a water sector's page (SE-3): Servizio, Regione, ATO filtered by
 * region, and "Aggiungi +", which adds the line to the form's "Lista ATO", several per service;
 * "salva le modifiche" sends them with the services.
 */
@Named
@ViewScoped
public class SectorAtoDialog implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ActivitySectors sectors;
  @Inject private SectorPage page;
  @Inject private Messages messages;

  private String serviceCode;
  private String regionCode;
  private String atoCode;
  private List<AtoView> atos = List.of();

  /** "Aggiungi ATO +" of a service: the dialog opens on it, its region kept. */
  public void open(String serviceCode) {
    this.serviceCode = serviceCode;
    atoCode = null;
  }

  /** "Regione" changed: its ATOs valid today. */
  public void regionChanged() {
    atoCode = null;
    atos = regionCode == null ? List.of() : sectors.atos(regionCode);
  }

  /** "Aggiungi +". */
  public void add() {
    var ato = atos.stream().filter(a -> a.code().equals(atoCode)).findFirst().orElseThrow();
    var service =
        page.getChosenServices().stream()
            .filter(s -> s.code().equals(serviceCode))
            .findFirst()
            .orElseThrow();
    var line =
        new AtoLine(service.code(), service.label(), ato.code(), ato.name(), ato.regionCode());
    if (page.getForm().add(line)) {
      messages.info(null, "sector.ato.added", service.label(), ato.name());
    } else {
      messages.warn(null, "sector.ato.alreadyListed", ato.name());
    }
    atoCode = null;
  }

  public List<AtoView> getAtos() {
    return atos;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public void setServiceCode(String serviceCode) {
    this.serviceCode = serviceCode;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }

  public String getAtoCode() {
    return atoCode;
  }

  public void setAtoCode(String atoCode) {
    this.atoCode = atoCode;
  }
}
