package it.ccse.anagrafica.file.domain;

import it.ccse.anagrafica.company.domain.GeoPoint;
import java.util.Optional;

/** GE-1 "Cerca": a free-text address to a point, when a geocoding service is configured. */
public interface Geocoder {

  /** Empty when no service is configured, none answers, or it finds nothing. */
  Optional<GeoPoint> locate(String address);
}
