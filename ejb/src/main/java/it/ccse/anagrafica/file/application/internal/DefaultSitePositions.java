package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.company.domain.GeoPoint;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.application.FileAccess;
import it.ccse.anagrafica.file.application.SitePositions;
import it.ccse.anagrafica.file.domain.Geocoder;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.reference.Comune;
import it.ccse.anagrafica.shared.domain.reference.ReferenceDataRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

@Stateless
public class DefaultSitePositions implements SitePositions {

  /** Where the map opens for a site whose comune has no centroid: the middle of Italy. */
  private static final GeoPoint ITALY = GeoPoint.of("42.5", "12.5");

  @Inject private FileAccess access;
  @Inject private ReferenceDataRepository reference;
  @Inject private Geocoder geocoder;
  @EJB private AuditTrail audit;

  @Override
  public SitePosition position(String username, String device, String site) {
    var a = access.resolve(username, device);
    return view(a.file().site(site), a.scope().allows(a.file().site(site)));
  }

  @Override
  public Located search(String username, String device, String site, AddressQuery query) {
    var s = access.resolve(username, device).file().site(site);
    return geocoder
        .locate(query.text())
        .map(p -> new Located(p, false))
        .or(
            () ->
                named(
                        query.comune(),
                        blank(query.province()) ? s.getAddress().provinceCode() : query.province())
                    .or(() -> comune(s))
                    .flatMap(DefaultSitePositions::centroid)
                    .map(p -> new Located(p, true)))
        .orElseThrow(() -> new InvalidValueException("geo.notFound"));
  }

  @Override
  public SitePosition save(
      String username, String device, String site, GeoPoint point, long version) {
    var a = access.resolve(username, device);
    var s = a.file().site(site);
    a.scope().require(Optional.of(s));
    if (s.getVersion() != version) {
      throw new ConflictException("geo.stale");
    }
    s.placeAt(point);
    audit.recordFor(
        a.file().getCompany().getId(),
        username,
        "SITE_PLACED",
        a.file().getCode(),
        s.getPublicId() + " " + point.latitude() + "," + point.longitude());
    return view(s, true);
  }

  private SitePosition view(Site s, boolean editable) {
    var comune = comune(s);
    String comuneName = comune.map(Comune::getName).orElse("");
    var address = s.getAddress();
    var search =
        new AddressQuery(
            address.street(),
            address.streetNumber(),
            address.capCode(),
            comuneName,
            address.provinceCode());
    var placed = s.position();
    return new SitePosition(
        s.getPublicId(),
        s.getName(),
        search.text(),
        search,
        placed.or(() -> comune.flatMap(DefaultSitePositions::centroid)).orElse(ITALY),
        placed.isPresent(),
        editable,
        s.getVersion());
  }

  private Optional<Comune> comune(Site s) {
    return Optional.ofNullable(s.getAddress().comuneIstatCode()).flatMap(reference::comune);
  }

  private Optional<Comune> named(String name, String province) {
    if (blank(name) || blank(province)) {
      return Optional.empty();
    }
    return reference.comuniOf(province.strip().toUpperCase(Locale.ROOT)).stream()
        .filter(c -> c.getName().equalsIgnoreCase(name.strip()))
        .findFirst();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static Optional<GeoPoint> centroid(Comune comune) {
    return comune.getLatitude() == null || comune.getLongitude() == null
        ? Optional.empty()
        : Optional.of(new GeoPoint(comune.getLatitude(), comune.getLongitude()));
  }
}
