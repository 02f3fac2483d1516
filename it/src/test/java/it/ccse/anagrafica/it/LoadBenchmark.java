package it.ccse.anagrafica.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The load benchmark of issue 15 (README "Benchmarks", `-Pload`): N signed-in sessions — three
 * operators to one back-office user — each drive their pages in a loop for a fixed time; printed:
 * throughput, p50/p99 latency and errors (any answer but 200) per page, and the server's live heap
 * after a full collection a quarter into each run and at its end (flat = no leak while the same
 * sessions work). Not a pass/fail test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoadBenchmark {

  private static final List<String> OPERATOR_PAGES =
      List.of("/area/fascicolo.xhtml", "/index.xhtml");
  private static final String STAFF_PAGE = "/backoffice/validazioni.xhtml";
  private static final Path REPORT =
      Path.of(System.getProperty("it.target", "target"), "load-report.txt");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  /** One request: which page, how long, what status. */
  private record Hit(String page, long nanos, int status) {}

  @Test
  void sessionsDrivingTheirPages() throws Exception {
    int seconds = Integer.getInteger("load.seconds", 120);
    var report = new StringBuilder("Load benchmark (issue 15): " + seconds + " s per run\n");
    report.append(
        String.format(
            "live heap after a full GC before the first run: %d MB%n", ServerHeap.liveMegabytes()));
    for (String count : System.getProperty("load.sessions", "16,64").split(",")) {
      report.append(run(Integer.parseInt(count.strip()), seconds));
    }
    System.out.print(report);
    try {
      Files.writeString(REPORT, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String run(int sessions, int seconds) throws Exception {
    // Every session signs in first: the clock runs for the pages only.
    List<HttpClient> operators = new ArrayList<>();
    List<HttpClient> staff = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      if (i % 4 == 3) {
        staff.add(PortalSessions.signedIn("backoffice", "Validatore#2026"));
      } else {
        operators.add(PortalSessions.signedIn("operatore", "Demo#Servizi26"));
      }
    }
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Callable<List<Hit>>> users = new ArrayList<>();
    operators.forEach(session -> users.add(user(session, OPERATOR_PAGES, end)));
    staff.forEach(session -> users.add(user(session, List.of(STAFF_PAGE), end)));
    var pool = Executors.newFixedThreadPool(sessions);
    // Flat heap: the same live heap a quarter into the run and at its end, with the same sessions.
    var quarter = Executors.newSingleThreadScheduledExecutor();
    var early = quarter.schedule(ServerHeap::liveMegabytes, seconds / 4, TimeUnit.SECONDS);
    List<Hit> hits = new ArrayList<>();
    try {
      for (var done : pool.invokeAll(users)) {
        hits.addAll(done.get());
      }
    } finally {
      pool.shutdownNow();
      quarter.shutdown();
    }
    var out = new StringBuilder();
    out.append(
        String.format(
            "%d sessions: %d requests, %.1f requests/s, errors %d%n",
            sessions,
            hits.size(),
            hits.size() / (double) seconds,
            hits.stream().filter(h -> h.status() != 200).count()));
    hits.stream()
        .map(Hit::page)
        .distinct()
        .sorted()
        .forEach(
            page -> {
              long[] nanos =
                  hits.stream()
                      .filter(h -> h.page().equals(page))
                      .mapToLong(Hit::nanos)
                      .sorted()
                      .toArray();
              long errors =
                  hits.stream().filter(h -> h.page().equals(page) && h.status() != 200).count();
              out.append(
                  String.format(
                      "  %-32s %6d requests, p50 %5d ms, p99 %5d ms, errors %d%n",
                      page, nanos.length, percentile(nanos, 50), percentile(nanos, 99), errors));
            });
    out.append(
        String.format(
            "  live heap after a full GC: %d MB a quarter into the run, %d MB at its end%n",
            early.get(), ServerHeap.liveMegabytes()));
    return out.toString();
  }

  private static Callable<List<Hit>> user(HttpClient session, List<String> pages, long end) {
    return () -> {
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; System.nanoTime() < end; i++) {
        String page = pages.get(i % pages.size());
        long start = System.nanoTime();
        int status = PortalSessions.get(session, page).statusCode();
        hits.add(new Hit(page, System.nanoTime() - start, status));
      }
      return Collections.unmodifiableList(hits);
    };
  }

  private static long percentile(long[] sortedNanos, int p) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, index)] / 1_000_000;
  }
}
