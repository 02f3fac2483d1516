package it.ccse.anagrafica.it;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.1 A/AA, the bar of Italian public-administration portals (AgID guidelines), checked with
 * axe-core on every page state the browser tests reach: a serious or critical violation fails the
 * test. Every check is a line of {@code target/axe-report.txt}; the summary (pages × roles) is
 * printed when the test run ends, as this class is also the JUnit launcher's session listener.
 */
public final class Accessibility implements LauncherSessionListener {

  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> BLOCKING = Set.of("serious", "critical");
  private static final Path REPORT =
      Path.of(System.getProperty("it.target", "target"), "axe-report.txt");

  private static final Set<String> pages = new TreeSet<>();
  private static final Set<String> roles = new TreeSet<>();
  private static int states;
  private static int minorOrModerate;
  private static int failed;

  static synchronized void check(WebDriver driver, String state) {
    var results = new AxeBuilder().withTags(TAGS).analyze(driver);
    List<Rule> blocking =
        results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
    String page = URI.create(driver.getCurrentUrl()).getPath();
    String role = whoIsSignedIn(driver);
    pages.add(page);
    roles.add(role);
    states++;
    minorOrModerate += results.getViolations().size() - blocking.size();
    String found =
        blocking.stream()
            .map(
                r ->
                    r.getId()
                        + " ("
                        + r.getImpact()
                        + ") "
                        + r.getNodes().stream()
                            .limit(5)
                            .map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; "));
    write(
        String.format(
            "%s | %s | %s | %s%n", state, role, page, blocking.isEmpty() ? "ok" : "FAIL " + found));
    if (!blocking.isEmpty()) {
      failed++;
      throw new AssertionError("WCAG 2.1 AA violations on " + state + " (" + page + "): " + found);
    }
  }

  /** The role the page was seen with, told by the menu items only that role has. */
  private static String whoIsSignedIn(WebDriver driver) {
    if (driver.findElements(By.id("headerForm:userMenu_button")).isEmpty()) {
      return "anonimo";
    }
    if (present(driver, "navForm:batchConsoleLink")) {
      return "amministratore";
    }
    if (present(driver, "navForm:validationsLink")) {
      return "backoffice";
    }
    return present(driver, "navForm:registryLink") ? "operatore" : "delegato";
  }

  private static boolean present(WebDriver driver, String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  private static void write(String line) {
    try {
      Files.createDirectories(REPORT.getParent());
      Files.writeString(
          REPORT,
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    try {
      Files.deleteIfExists(REPORT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void launcherSessionClosed(LauncherSession session) {
    if (states > 0) {
      System.out.printf(
          "Accessibility (axe-core, WCAG 2.1 A/AA): %d page states checked, %d pages x %d roles,"
              + " %d with serious/critical violations, %d minor/moderate violations; report %s%n",
          states, pages.size(), roles.size(), failed, minorOrModerate, REPORT);
    }
  }
}
