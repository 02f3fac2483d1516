package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many signed-in users at once, over plain HTTP as their browsers would (ON-4, VW-2). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentSessionsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  /**
   * Issue 15 finding 12: with 16 sessions busy at once, 1–3 % of the answers were 403 (Payara lost
   * the caller's roles when it restored them from the session). 16 sessions × 25 requests: every
   * one must be 200.
   */
  @Test
  void finding12SixteenSessionsAtOnceAreNeverRefused() throws Exception {
    List<HttpClient> sessions =
        IntStream.range(0, 16)
            .mapToObj(i -> PortalSessions.signedIn("operatore", "Demo#Servizi26"))
            .toList();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<Callable<Void>> users =
        sessions.stream()
            .map(
                session ->
                    (Callable<Void>)
                        () -> {
                          for (int i = 0; i < 25; i++) {
                            int status =
                                PortalSessions.get(session, "/area/fascicolo.xhtml").statusCode();
                            statuses
                                .computeIfAbsent(status, s -> new AtomicInteger())
                                .incrementAndGet();
                          }
                          return null;
                        })
            .toList();
    var pool = Executors.newFixedThreadPool(users.size());
    try {
      for (var done : pool.invokeAll(users)) {
        done.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(Map.of(200, 400), counts(statuses));
  }

  private static Map<Integer, Integer> counts(Map<Integer, AtomicInteger> statuses) {
    return Map.copyOf(
        statuses.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())));
  }
}
