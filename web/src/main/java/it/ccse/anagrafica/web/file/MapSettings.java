package it.ccse.anagrafica.web.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** GE-1: the tile server of the maps and its attribution (anagrafica.map.*). */
@Named
@ApplicationScoped
public class MapSettings {

  @Inject
  @ConfigProperty(name = "anagrafica.map.tiles-url")
  private String tilesUrl;

  @Inject
  @ConfigProperty(name = "anagrafica.map.attribution")
  private String attribution;

  public String getTilesUrl() {
    return tilesUrl;
  }

  public String getAttribution() {
    return attribution;
  }
}
