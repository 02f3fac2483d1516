package it.ccse.anagrafica.file.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import it.ccse.anagrafica.company.domain.GeoPoint;
import it.ccse.anagrafica.file.application.SitePositions.AddressQuery;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GE-1 "Cerca" against a real HTTP server answering like Nominatim, and every way it fails. */
class HttpGeocoderTest {

  private HttpServer server;
  private final List<String> queries = new ArrayList<>();
  private String answer = "[]";
  private int status = 200;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/search",
        exchange -> {
          queries.add(exchange.getRequestURI().getQuery());
          byte[] body = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpGeocoder geocoder() {
    return new HttpGeocoder(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/search?format=json&q={q}", 2000);
  }

  @Test
  void ge1FindsTheFirstPlaceOfTheAnswer() {
    answer = "[{\"lat\":\"45.0703125\",\"lon\":\"7.6868565\"},{\"lat\":\"1\",\"lon\":\"1\"}]";
    var query = new AddressQuery("Via Garibaldi", "12", "10122", "Torino", "TO");

    var found = geocoder().locate(query.text());

    assertEquals(Optional.of(GeoPoint.of("45.070313", "7.686857")), found);
    assertEquals("format=json&q=Via+Garibaldi+12,+10122+Torino+TO,+Italia", queries.get(0));
  }

  @Test
  void ge1NothingFoundWhenTheServiceFindsNothingOrFails() {
    assertTrue(geocoder().locate("Via Inesistente").isEmpty());

    status = 503;
    answer = "busy";
    assertTrue(geocoder().locate("Via Roma").isEmpty());

    status = 200;
    answer = "{\"not\":\"an array\"}";
    assertTrue(geocoder().locate("Via Roma").isEmpty());

    answer = "[{\"lat\":\"north\",\"lon\":\"7\"}]";
    assertTrue(geocoder().locate("Via Roma").isEmpty());
  }

  @Test
  void ge1NothingFoundWhenNoServiceIsConfiguredOrReachable() {
    assertTrue(new HttpGeocoder(null, 500).locate("Via Roma").isEmpty());
    int port = server.getAddress().getPort();
    server.stop(0);

    assertTrue(
        new HttpGeocoder("http://127.0.0.1:" + port + "/search?q={q}", 500)
            .locate("Via Roma")
            .isEmpty());
  }
}
