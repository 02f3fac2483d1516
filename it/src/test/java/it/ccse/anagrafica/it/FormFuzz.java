package it.ccse.anagrafica.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Connection.KeyVal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * Issue 15's field fuzz: every field of every form on the pages a user reaches is sent each payload
 * of a fixed list. The answer is a page (with a message next to the field when refused), never an
 * error; a script is never echoed as markup; and a refused form leaves the database unchanged.
 */
final class FormFuzz {

  private static final String SCRIPT = "<script>alert('fuzz')</script>";

  /** Bad formats, 5,000 characters, script, formula, emoji, control characters, SQL, numbers. */
  static final List<String> PAYLOADS =
      List.of(
          "",
          "x".repeat(5000),
          SCRIPT,
          "=HYPERLINK(\"http://evil.example\",\"x\")",
          "Pizzeria \uD83C\uDF55",
          "a\u0000b\u0007c\u001b[31m",
          "' OR '1'='1",
          "-1",
          "99999999999999999999",
          "31/02/2026");

  /** Buttons pressed with the fuzzed field: those that check and save what was typed, or search. */
  private static final Pattern PRESSED =
      Pattern.compile(
          "(submit|save|search|confirmCredentials|confirmActivation|wizard_next|declareEmployees)$");

  /** The fields a form's user types into; a number field's value travels in its hidden twin. */
  private static final String TYPED =
      "input[type=text], input[type=email], input[type=tel], input[type=password],"
          + " input[type=number], input[type=search], input:not([type]), textarea,"
          + " input[type=hidden][name$=_hinput]";

  private static final Pattern ERROR_MESSAGE =
      Pattern.compile("ui-messages?-error|aria-invalid=\"true\"");

  /**
   * The business tables a refused form must not touch (counters such as login failures and the
   * audit trail may, by design).
   */
  private static final List<String> BUSINESS_TABLES =
      List.of(
          "company",
          "company_data_submission",
          "company_file",
          "site",
          "category",
          "delegate",
          "device",
          "device_category",
          "device_delegate",
          "vehicle",
          "change_set",
          "change_report",
          "fee_band",
          "price_item",
          "misalignment",
          "account_role");

  private final List<String> failures = new ArrayList<>();
  private final java.util.Set<String> fields = new LinkedHashSet<>();
  private int submissions;
  private int refused;
  private int multipartSkipped;

  /**
   * Anonymous on the public pages, staff on the back office, company B's operator on the operator's
   * area (its password and PIN pages last: wrong current values count toward its lock-out); the
   * failures, one line each.
   */
  static List<String> everyUsersForms() throws Exception {
    var matrix = new AccessMatrix();
    matrix.crawlAll();
    var fuzz = new FormFuzz();
    List<String> failures = new ArrayList<>();
    for (SuiteUser user : List.of(SuiteUser.ANONYMOUS, SuiteUser.ADMIN, SuiteUser.OPERATOR_B)) {
      List<String> pages =
          matrix.pagesOf(user).stream()
              .filter(p -> user != SuiteUser.ADMIN || p.startsWith("/backoffice/"))
              .filter(p -> user != SuiteUser.OPERATOR_B || p.startsWith("/area/"))
              .sorted(Comparator.comparing(p -> p.contains("/cambia-")))
              .toList();
      failures.addAll(fuzz.run(user.name(), matrix.session(user), pages));
    }
    fuzz.printSummary();
    return failures;
  }

  /** Fuzzes the forms of the pages, in order, as the user of the session. */
  private List<String> run(String user, HttpClient session, List<String> pages) throws Exception {
    for (String page : pages) {
      var document =
          Jsoup.parse(PortalSessions.get(session, page).body(), PortalSessions.BASE + page);
      for (FormElement form : document.select("form[method=post]").forms()) {
        if (form.attr("enctype").startsWith("multipart/")) {
          multipartSkipped++;
          continue;
        }
        if (form.id().equals("loginForm")) {
          // Its answers are the login throttle's (ServicesIT, PortalIT); failures from the suite's
          // one address would delay every later test's first sign-in.
          continue;
        }
        for (String field : typedFields(form)) {
          fields.add(user + " " + page + " " + field);
          for (String payload : PAYLOADS) {
            submit(session, page, form.id(), field, payload);
          }
        }
      }
    }
    return failures;
  }

  private void printSummary() {
    System.out.printf(
        "Security fuzz: %d fields x %d payloads = %d submissions (%d refused with a message),"
            + " %d multipart forms left to the upload tests, %d failures%n",
        fields.size(), PAYLOADS.size(), submissions, refused, multipartSkipped, failures.size());
  }

  /** A table's repeated rows count once: the first row's fields stand for the others. */
  private static List<String> typedFields(FormElement form) {
    return form.select(TYPED).stream()
        .filter(f -> !f.hasAttr("disabled") && !f.hasAttr("readonly") && f.hasAttr("name"))
        .map(f -> f.attr("name"))
        .collect(Collectors.toMap(n -> n.replaceAll(":\\d+:", ":#:"), n -> n, (a, b) -> a))
        .values()
        .stream()
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  private void submit(HttpClient session, String page, String formId, String field, String payload)
      throws Exception {
    var document =
        Jsoup.parse(PortalSessions.get(session, page).body(), PortalSessions.BASE + page);
    Element found = document.getElementById(formId);
    if (!(found instanceof FormElement form)) {
      failures.add(page + " " + formId + ": the form is gone after a submission");
      return;
    }
    List<String> pairs = new ArrayList<>();
    for (KeyVal value : form.formData()) {
      pairs.add(
          PortalSessions.pair(value.key(), value.key().equals(field) ? payload : value.value()));
    }
    form.select("button[name]").stream()
        .filter(b -> PRESSED.matcher(b.attr("name")).find())
        .findFirst()
        .ifPresent(b -> pairs.add(PortalSessions.pair(b.attr("name"), b.attr("name"))));
    String before = fingerprint();
    var response =
        session.send(
            HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    submissions++;
    String what = page + " " + field + " = " + shown(payload) + ": ";
    var answer = AccessMatrix.classify(response);
    if (answer == AccessMatrix.Answer.ERROR) {
      failures.add(what + "error " + response.statusCode());
    }
    if (response.body().contains(SCRIPT)) {
      failures.add(what + "the script came back as markup");
    }
    if (ERROR_MESSAGE.matcher(response.body()).find()) {
      refused++;
      if (!Objects.equals(before, fingerprint())) {
        failures.add(what + "refused, but the database changed");
      }
    }
  }

  private static String shown(String payload) {
    return payload.length() > 40
        ? payload.substring(0, 20) + "…(" + payload.length() + ")"
        : payload;
  }

  /** A digest of every business table's rows, compared before and after a refused form. */
  private static String fingerprint() throws SQLException {
    String sql =
        BUSINESS_TABLES.stream()
            .map(
                t ->
                    "(SELECT md5(coalesce(string_agg(md5(r::text), '' ORDER BY md5(r::text)), ''))"
                        + " FROM "
                        + t
                        + " r)")
            .collect(Collectors.joining(" || ", "SELECT md5(", ")"));
    try (var c = ExternalServices.database().getConnection();
        var s = c.createStatement();
        var rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
