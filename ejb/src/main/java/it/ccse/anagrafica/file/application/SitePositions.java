package it.ccse.anagrafica.file.application;

import it.ccse.anagrafica.company.domain.GeoPoint;
import java.io.Serializable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * GE-1 "Geolocalizzazione": where a site of the caller's file is on the map. Moving it changes only
 * the coordinates, at once ("Salva Posizione"), never the address validated against the Registro
 * Imprese; a delegate moves only the site of the device in use.
 */
public interface SitePositions {

  /** The site's point, or its comune's centroid until someone places it. */
  SitePosition position(String username, String device, String site);

  /**
   * "Cerca": the address through the configured geocoder; else the centroid of the comune named (in
   * the site's province), else of the site's comune, marked approximate.
   */
  Located search(String username, String device, String site, AddressQuery query);

  /** "Salva Posizione"; refused if the site changed since {@code version} was read. */
  SitePosition save(String username, String device, String site, GeoPoint point, long version);

  /** A site on the map: its validated address, the search box prefilled with it, the point. */
  record SitePosition(
      String site,
      String name,
      String address,
      AddressQuery search,
      GeoPoint point,
      boolean placed,
      boolean editable,
      long version)
      implements Serializable {}

  /** The fields of the "Cerca" box. */
  record AddressQuery(
      String street, String streetNumber, String cap, String comune, String province)
      implements Serializable {

    /** "Via Roma 1, 10121 Torino TO, Italia" for the geocoder. */
    public String text() {
      String place =
          Stream.of(street, streetNumber)
              .filter(p -> p != null && !p.isBlank())
              .collect(Collectors.joining(" "));
      String town =
          Stream.of(cap, comune, province)
              .filter(p -> p != null && !p.isBlank())
              .collect(Collectors.joining(" "));
      return Stream.of(place, town, "Italia")
          .filter(p -> !p.isBlank())
          .collect(Collectors.joining(", "));
    }
  }

  /** A found point; approximate when it is a comune's centroid. */
  record Located(GeoPoint point, boolean approximate) implements Serializable {}
}
