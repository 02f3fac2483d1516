package it.ccse.anagrafica.file.infrastructure;

import it.ccse.anagrafica.company.domain.GeoPoint;
import it.ccse.anagrafica.file.domain.Geocoder;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A geocoder answering like Nominatim (a JSON array of places with "lat" and "lon") at a URL
 * template whose {@code {q}} receives the address. Any failure is "not found": the caller falls
 * back to the comune's centroid, so the map works with no service reachable.
 */
@ApplicationScoped
public class HttpGeocoder implements Geocoder {

  private static final Logger LOG = Logger.getLogger(HttpGeocoder.class.getName());

  /** Unset (the default): no service, every search uses the centroid. */
  @Inject
  @ConfigProperty(name = "anagrafica.geocoder.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "anagrafica.geocoder.timeout-ms")
  int timeoutMs;

  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  protected HttpGeocoder() {}

  HttpGeocoder(String url, int timeoutMs) {
    this.url = Optional.ofNullable(url);
    this.timeoutMs = timeoutMs;
  }

  @Override
  public Optional<GeoPoint> locate(String address) {
    if (url.isEmpty() || url.get().isBlank() || address == null || address.isBlank()) {
      return Optional.empty();
    }
    String target =
        url.get().replace("{q}", URLEncoder.encode(address.strip(), StandardCharsets.UTF_8));
    try {
      var request =
          HttpRequest.newBuilder(URI.create(target))
              .timeout(Duration.ofMillis(timeoutMs))
              .header("Accept", "application/json")
              .header("User-Agent", "Anagrafica Operatori")
              .GET()
              .build();
      var response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (var body = response.body();
          var reader = Json.createReader(body)) {
        if (response.statusCode() != 200) {
          LOG.log(Level.INFO, "Geocoder answered {0}", response.statusCode());
          return Optional.empty();
        }
        var places = reader.readArray();
        return places.isEmpty() ? Optional.empty() : Optional.of(point(places.getJsonObject(0)));
      }
    } catch (IOException | JsonException | ClassCastException | InvalidValueException e) {
      LOG.log(Level.INFO, "Geocoder unavailable, falling back to the centroid: {0}", e.toString());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      LOG.log(Level.WARNING, "anagrafica.geocoder.url is not a valid URL template: {0}", url.get());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Nominatim gives the coordinates as strings; other services as numbers. */
  private static GeoPoint point(JsonObject place) {
    return GeoPoint.of(text(place, "lat"), text(place, "lon"));
  }

  private static String text(JsonObject place, String key) {
    var value = place.get(key);
    return value instanceof JsonString s ? s.getString() : String.valueOf(value);
  }
}
