package it.ccse.anagrafica.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;

/** Users of the portal over plain HTTP, as their browsers would be: one client, one session. */
final class PortalSessions {

  static final String BASE =
      "http://localhost:" + Integer.getInteger("it.http.port", 20180) + "/anagrafica";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private PortalSessions() {}

  /** A client signed in through the login form, keeping its session cookie. */
  static HttpClient signedIn(String username, String password) {
    try {
      var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      var matcher = VIEW_STATE.matcher(get(client, "/login.xhtml").body());
      if (!matcher.find()) {
        throw new IllegalStateException("no login form");
      }
      String form =
          "loginForm=loginForm&username="
              + URLEncoder.encode(username, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8)
              + "&submit=&jakarta.faces.ViewState="
              + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
      var login =
          client.send(
              HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (login.statusCode() != 302) {
        throw new IllegalStateException(username + " not signed in: " + login.statusCode());
      }
      return client;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** VW-1: a delegate signed in chooses the first device offered, as the device choice asks. */
  static void chooseFirstDevice(HttpClient client) throws Exception {
    String page = "/area/scegli-dispositivo.xhtml";
    var form =
        (FormElement)
            Jsoup.parse(get(client, page).body(), BASE + page).getElementById("deviceForm");
    var use = form.selectFirst("button[name$=:use]");
    if (use == null) {
      throw new IllegalStateException("no device to choose");
    }
    var fields = new StringBuilder(pair(use.attr("name"), use.attr("name")));
    form.formData().forEach(v -> fields.append('&').append(pair(v.key(), v.value())));
    var chosen =
        client.send(
            HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.toString()))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    if (chosen.statusCode() != 302) {
      throw new IllegalStateException("device not chosen: " + chosen.statusCode());
    }
  }

  static String pair(String key, String value) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
