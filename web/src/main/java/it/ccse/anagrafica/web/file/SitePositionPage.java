package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.company.domain.GeoPoint;
import it.ccse.anagrafica.file.application.SitePositions;
import it.ccse.anagrafica.file.application.SitePositions.SitePosition;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * GE-1 "Geolocalizzazione": the map of one site. The marker and the two coordinate fields move
 * together; "Cerca" moves both, "Salva Posizione" stores only the coordinates.
 */
@Named
@ViewScoped
public class SitePositionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SitePositions positions;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private String site;
  private SitePosition position;
  private String latitude;
  private String longitude;
  private AddressSearchForm query = new AddressSearchForm();
  private boolean approximate;

  /**
   * f:viewAction, with f:viewParam site (not marked required: a required view parameter fails
   * validation on every postback, and a missing site is reported by the service anyway).
   */
  public void load() {
    show(positions.position(user.username(), deviceInUse.get(), site));
    query = AddressSearchForm.of(position.search());
    approximate = !position.placed();
  }

  private void show(SitePosition shown) {
    position = shown;
    latitude = shown.point().latitude().toPlainString();
    longitude = shown.point().longitude().toPlainString();
  }

  /** "Cerca". */
  public void search() {
    var found = positions.search(user.username(), deviceInUse.get(), site, query.query());
    latitude = found.point().latitude().toPlainString();
    longitude = found.point().longitude().toPlainString();
    approximate = found.approximate();
    messages.info(null, found.approximate() ? "position.centroid" : "position.found");
  }

  /** "Salva Posizione". */
  public void save() {
    show(
        positions.save(
            user.username(),
            deviceInUse.get(),
            site,
            GeoPoint.of(latitude, longitude),
            position.version()));
    approximate = false;
    messages.info(null, "position.saved");
  }

  public SitePosition getPosition() {
    return position;
  }

  public boolean isApproximate() {
    return approximate;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public String getLatitude() {
    return latitude;
  }

  public void setLatitude(String latitude) {
    this.latitude = latitude;
  }

  public String getLongitude() {
    return longitude;
  }

  public void setLongitude(String longitude) {
    this.longitude = longitude;
  }

  public AddressSearchForm getQuery() {
    return query;
  }
}
