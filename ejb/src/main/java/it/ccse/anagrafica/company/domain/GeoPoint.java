package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A point on the map (GE-1), in WGS84 degrees to six decimals (about 10 cm, the precision of the
 * columns). Only the coordinates: an address is never derived from it.
 */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) implements Serializable {

  private static final int SCALE = 6;
  private static final BigDecimal NINETY = BigDecimal.valueOf(90);
  private static final BigDecimal HUNDRED_EIGHTY = BigDecimal.valueOf(180);

  public GeoPoint {
    latitude = within("latitude", latitude, NINETY);
    longitude = within("longitude", longitude, HUNDRED_EIGHTY);
  }

  public static GeoPoint of(String latitude, String longitude) {
    return new GeoPoint(number("latitude", latitude), number("longitude", longitude));
  }

  private static BigDecimal number(String field, String text) {
    try {
      return new BigDecimal(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(field, "geo.invalid");
    }
  }

  private static BigDecimal within(String field, BigDecimal value, BigDecimal limit) {
    if (value == null) {
      throw new InvalidFieldException(field, "geo.invalid");
    }
    if (value.abs().compareTo(limit) > 0) {
      throw new InvalidFieldException(field, "geo.outOfRange", limit);
    }
    return value.setScale(SCALE, RoundingMode.HALF_UP);
  }
}
