package it.ccse.anagrafica.it;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;

/**
 * Issue 15's role × page matrix: every page found by crawling each user's menus and links, asked
 * for by every user; each must answer as designed, never with an error, and another company's id
 * must read as "not found".
 */
final class AccessMatrix {

  /** What a page answered, as the design names it. */
  enum Answer {
    PAGE,
    LOGIN,
    FORBIDDEN,
    NOT_FOUND,
    /** Sent to another page of the portal (staff have no company file of their own). */
    ELSEWHERE,
    ERROR
  }

  private static final int MAX_PAGES_PER_USER = 80;

  /** The companies' names, which no other company's user may ever be shown. */
  private static final Map<String, String> COMPANY_NAMES =
      Map.of("A", "Demo Servizi Ambientali", "B", "Fascicolo " + SecuritySuiteIT.COMPANY_B);

  /** The "not found" messages of the pages that take an id. */
  private static final List<String> NOT_FOUND_TEXTS =
      List.of(
          "non esiste nel fascicolo",
          "La pratica richiesta non esiste",
          "La pratica indicata non esiste",
          "Il pagamento indicato non esiste",
          "L’operazione societaria indicata non esiste");

  private final Map<SuiteUser, HttpClient> sessions = new EnumMap<>(SuiteUser.class);

  /** Each page (path and query) with the users whose crawl found it. */
  private final Map<String, Set<SuiteUser>> pages = new TreeMap<>();

  private final List<String> failures = new ArrayList<>();
  private int answers;

  AccessMatrix() throws Exception {
    for (SuiteUser user : SuiteUser.values()) {
      sessions.put(user, user.session());
    }
  }

  /** Crawls, then asks for every page as every user; the failures, one line each. */
  List<String> run() throws Exception {
    crawlAll();
    for (var page : pages.entrySet()) {
      for (SuiteUser user : SuiteUser.values()) {
        check(user, page.getKey(), page.getValue());
      }
    }
    System.out.printf(
        "Security matrix: %d pages x %d users = %d answers checked, %d failures%n",
        pages.size(), SuiteUser.values().length, answers, failures.size());
    return failures;
  }

  void crawlAll() throws Exception {
    for (SuiteUser user : SuiteUser.values()) {
      crawl(user);
    }
  }

  Set<String> pagesOf(SuiteUser user) {
    var found = new TreeSet<String>();
    pages.forEach(
        (page, finders) -> {
          if (finders.contains(user)) {
            found.add(page);
          }
        });
    return found;
  }

  HttpClient session(SuiteUser user) {
    return sessions.get(user);
  }

  /** Breadth first from the home page (and the login page) over the portal's own links. */
  private void crawl(SuiteUser user) throws Exception {
    var queue = new ArrayDeque<>(List.of("/index.xhtml", "/login.xhtml"));
    var seen = new HashSet<String>();
    while (!queue.isEmpty() && seen.size() < MAX_PAGES_PER_USER) {
      String page = queue.poll();
      if (!seen.add(page)) {
        continue;
      }
      var response = PortalSessions.get(sessions.get(user), page);
      if (response.statusCode() != 200) {
        continue;
      }
      pages.computeIfAbsent(page, p -> EnumSet.noneOf(SuiteUser.class)).add(user);
      for (var link : Jsoup.parse(response.body()).select("a[href]")) {
        portalPage(link.attr("href")).filter(p -> !seen.contains(p)).ifPresent(queue::add);
      }
    }
  }

  /**
   * A link to a page of the portal, as a path below its context; not resources or one-off links.
   */
  private static Optional<String> portalPage(String href) {
    String context = "/anagrafica";
    String page = href.replaceAll(";jsessionid=[^?#]*", "").replaceAll("#.*", "");
    if (!page.startsWith(context + "/")
        || !page.contains(".xhtml")
        || page.contains("jakarta.faces.resource")
        || page.contains("token=")) {
      return Optional.empty();
    }
    return Optional.of(page.substring(context.length()));
  }

  private void check(SuiteUser user, String page, Set<SuiteUser> finders) throws Exception {
    answers++;
    var response = PortalSessions.get(sessions.get(user), page);
    Answer answer = classify(response);
    Set<Answer> expected = expected(user, page, finders);
    if (!expected.contains(answer)) {
      failures.add(
          user
              + " "
              + page
              + ": "
              + answer
              + " ("
              + response.statusCode()
              + "), expected "
              + expected);
    }
    COMPANY_NAMES.forEach(
        (company, name) -> {
          if (!user.isStaff() && !company.equals(user.company) && response.body().contains(name)) {
            failures.add(user + " " + page + ": shows company " + company + "'s name");
          }
        });
  }

  static Answer classify(HttpResponse<String> response) {
    int status = response.statusCode();
    String body = response.body();
    if (body.contains("Caused by") || body.contains(".java:")) {
      return Answer.ERROR;
    }
    return switch (status) {
      case 200 ->
          NOT_FOUND_TEXTS.stream().anyMatch(body::contains) ? Answer.NOT_FOUND : Answer.PAGE;
      case 302, 303 ->
          response.headers().firstValue("Location").orElse("").contains("/login.xhtml")
              ? Answer.LOGIN
              : Answer.ELSEWHERE;
      case 403 -> Answer.FORBIDDEN;
      case 404 -> Answer.NOT_FOUND;
      default -> Answer.ERROR;
    };
  }

  /**
   * The design: public pages for everyone; the operator's area for signed-in users (staff have no
   * company and are sent on or told so); the back office for staff, its admin part for admins; an
   * id found only by another company's users is not found.
   */
  static Set<Answer> expected(SuiteUser user, String page, Set<SuiteUser> finders) {
    String path = page.split("\\?")[0];
    boolean admin = path.startsWith("/backoffice/admin/");
    boolean backOffice = path.startsWith("/backoffice/");
    boolean area = path.startsWith("/area/");
    if (!backOffice && !area) {
      return EnumSet.of(Answer.PAGE);
    }
    if (user == SuiteUser.ANONYMOUS) {
      return EnumSet.of(Answer.LOGIN);
    }
    if (admin) {
      return EnumSet.of(user == SuiteUser.ADMIN ? Answer.PAGE : Answer.FORBIDDEN);
    }
    if (backOffice) {
      return EnumSet.of(user.isStaff() ? Answer.PAGE : Answer.FORBIDDEN);
    }
    if (user.isStaff()) {
      return EnumSet.of(Answer.PAGE, Answer.ELSEWHERE);
    }
    if (!page.contains("?") || finders.contains(user)) {
      return EnumSet.of(Answer.PAGE);
    }
    if (finders.stream().noneMatch(f -> Objects.equals(f.company, user.company))) {
      return EnumSet.of(Answer.NOT_FOUND);
    }
    // An id of the user's own company that their menus did not offer: a delegate sees the sites of
    // the device in use.
    return EnumSet.of(Answer.PAGE, Answer.NOT_FOUND);
  }
}
