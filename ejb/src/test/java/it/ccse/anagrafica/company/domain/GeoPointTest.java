package it.ccse.anagrafica.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.file.domain.FileFixture;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** GE-1: coordinates as the map gives them, checked and kept to six decimals. */
class GeoPointTest {

  @Test
  void ge1KeepsSixDecimals() {
    var point = GeoPoint.of("45.07031249", " 7.6868565 ");

    assertEquals(new BigDecimal("45.070312"), point.latitude());
    assertEquals(new BigDecimal("7.686857"), point.longitude());
  }

  @Test
  void ge1RefusesWhatIsNotAPointOnEarthNamingTheField() {
    var latitude = assertThrows(InvalidFieldException.class, () -> GeoPoint.of("91", "7"));
    var longitude = assertThrows(InvalidFieldException.class, () -> GeoPoint.of("45", "abc"));

    assertEquals("latitude", latitude.field());
    assertEquals("geo.outOfRange", latitude.messageKey());
    assertEquals("longitude", longitude.field());
    assertEquals("geo.invalid", longitude.messageKey());
  }

  @Test
  void ge1PlacingASiteChangesOnlyItsCoordinates() {
    var f = new FileFixture();

    f.unit.placeAt(GeoPoint.of("45.1", "7.7"));

    assertEquals(GeoPoint.of("45.1", "7.7"), f.unit.position().orElseThrow());
    assertEquals("Via Po", f.unit.getAddress().street());
    assertEquals("001272", f.unit.getAddress().comuneIstatCode());
  }
}
