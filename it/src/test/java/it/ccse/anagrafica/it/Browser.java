package it.ccse.anagrafica.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the system chromedriver (both paths set explicitly, so
 * Selenium Manager never tries to download a browser), or HtmlUnit where Chromium is missing.
 */
final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path DOWNLOADS =
      Path.of(System.getProperty("it.target", "target"), "downloads");

  final WebDriver driver;
  private final String baseUrl;

  Browser() {
    driver = useChromium() ? chromium() : htmlUnit();
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    baseUrl = "http://localhost:" + Integer.getInteger("it.http.port", 20180) + "/anagrafica";
  }

  private static boolean useChromium() {
    String choice = System.getProperty("it.browser", "auto");
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (choice.equals("chromium") && !installed) {
      throw new IllegalStateException(
          "Chromium is missing: apt-get install -y chromium chromium-driver (README, prerequisites)");
    }
    return !choice.equals("htmlunit") && installed;
  }

  private static WebDriver chromium() {
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-profile");
      emptyDownloads();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            DOWNLOADS.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=it-IT",
        "--user-data-dir=" + profile);
    var service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    var chrome = new ChromeDriver(service, options);
    System.out.println(
        "Browser test: Chromium headless " + chrome.getCapabilities().getBrowserVersion());
    return chrome;
  }

  /** A download is found by name: files of earlier runs must not be taken for it. */
  private static void emptyDownloads() throws IOException {
    if (Files.isDirectory(DOWNLOADS)) {
      try (var files = Files.list(DOWNLOADS)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static WebDriver htmlUnit() {
    System.out.println("Browser test: HtmlUnit (Chromium not installed), no screenshots");
    var htmlUnit = new HtmlUnitDriver(true);
    return htmlUnit;
  }

  String url(String path) {
    return baseUrl + path;
  }

  void open(String path) {
    driver.get(url(path));
  }

  /**
   * A wait that tolerates the page being replaced while a condition reads it: Chromium then answers
   * "stale element" or "node does not belong to the document" (a CI failure), which only means "not
   * yet".
   */
  WebDriverWait waiting(int seconds) {
    return (WebDriverWait)
        new WebDriverWait(driver, Duration.ofSeconds(seconds))
            .ignoring(StaleElementReferenceException.class)
            .ignoring(WebDriverException.class);
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void waitForText(String text) {
    waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }

  /**
   * Follows a menu item after its menu was opened. HtmlUnit does not lay out PrimeFaces' pop-up
   * menus, so there the item's own address is opened, as a click would.
   */
  void followMenuItem(String text) {
    var item =
        waiting(10)
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//a[normalize-space(.)='" + text + "']")));
    if (driver instanceof HtmlUnitDriver) {
      driver.get(item.getAttribute("href"));
    } else {
      waiting(10).until(ExpectedConditions.elementToBeClickable(item)).click();
    }
  }

  /** Whether files the portal sends as downloads can be read back (Chromium only). */
  boolean canDownload() {
    return driver instanceof ChromeDriver;
  }

  /** Waits for a completed download whose name ends with {@code suffix}. */
  Path downloaded(String suffix) throws InterruptedException, IOException {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      if (Files.isDirectory(DOWNLOADS)) {
        try (var files = Files.list(DOWNLOADS)) {
          var found = files.filter(f -> f.toString().endsWith(suffix)).findFirst();
          if (found.isPresent()) {
            return found.get();
          }
        }
      }
      Thread.sleep(300);
    }
    throw new AssertionError("No download ending in " + suffix + " in " + DOWNLOADS);
  }

  /** Replaces the content of a field, as a user selecting it and typing would. */
  void type(String id, String text) {
    var field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Replaces a PrimeFaces number field's value as a person does (select all, type, leave the
   * field): its formatting script ignores a plain clear().
   */
  void typeNumber(String id, String text) {
    var field = driver.findElement(By.id(id));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
  }

  /** Whether a guarded form holds input not yet saved: leaving the page would ask first. */
  boolean hasUnsavedInput() {
    awaitAjax();
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.querySelector('form.a-dirty-guard[data-dirty]') !== null;"));
  }

  /** Types into a field whose ajax refreshes part of the page, and waits for that refresh. */
  void typeAndAwaitAjax(String id, String text) {
    var js = (JavascriptExecutor) driver;
    js.executeScript(
        "window.__ajaxDone = false;"
            + " $(document).one('pfAjaxComplete', function () { window.__ajaxDone = true; });");
    type(id, text);
    waiting(15)
        .until(d -> Boolean.TRUE.equals(js.executeScript("return window.__ajaxDone === true;")));
  }

  /**
   * Picks an option of a PrimeFaces selectOneMenu by its label through the menu's own widget, the
   * same {@code selectItem} a click on the item runs (change event, ajax behaviours). Clicking the
   * pop-up itself proved timing-dependent on a loaded 2-core machine: PrimeFaces closes an open
   * panel on scroll and while its opening animation runs the item has zero size.
   */
  void choose(String menuId, String label) {
    waitForOption(menuId, label);
    awaitAjax();
    ((JavascriptExecutor) driver)
        .executeScript(
            "var menu = PrimeFaces.getWidgetById(arguments[0]), label = arguments[1];"
                + " if (!menu.items || menu.items.length === 0) { menu.callHandleMethod(null, null); }"
                + " var option = menu.options.filter(function () { return $(this).text() === label; });"
                + " menu.selectItem(menu.selectItemFromOption(option));",
            menuId,
            label);
    awaitAjax();
    waiting(10).until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
  }

  /** Waits until no PrimeFaces ajax request is queued or running. */
  void awaitAjax() {
    var js = (JavascriptExecutor) driver;
    waiting(15)
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "return window.PrimeFaces === undefined"
                            + " || (PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0);")));
  }

  /**
   * Waits until no ajax request is out and no element is being faded in or out (PrimeFaces hides a
   * wizard's "next" button with an animation): colours measured mid-fade are not the page's.
   */
  void awaitStillness() {
    awaitAjax();
    waiting(10)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return window.jQuery === undefined"
                                + " || jQuery(':animated').length === 0;")));
  }

  /** Waits until a selectOneMenu re-rendered by ajax offers the option. */
  void waitForOption(String menuId, String label) {
    waiting(15)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='" + menuId + "_input']/option[text()=\"" + label + "\"]")));
  }

  /** Region → province → comune of an address form: Torino, Piemonte. */
  void chooseTorino(String form) {
    choose(form + ":region", "Piemonte");
    choose(form + ":province", "Torino (TO)");
    choose(form + ":comune", "Torino");
  }

  /** MD-9 "Firma" on the Riepilogo, until the changes are applied. */
  void signWithPin(String pin) {
    type("summaryForm:pin", pin);
    driver.findElement(By.id("summaryForm:sign")).click();
    waitForText("Modifiche firmate e applicate al fascicolo.");
  }

  String value(String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  /** Drags an element by an offset with the mouse, in two moves as a hand would. */
  void dragBy(By locator, int x, int y) {
    var element = waiting(15).until(ExpectedConditions.elementToBeClickable(locator));
    new Actions(driver)
        .clickAndHold(element)
        .moveByOffset(x / 2, y / 2)
        .moveByOffset(x - x / 2, y - y / 2)
        .release()
        .perform();
  }

  /** "salva e continua" of the wizard. */
  void next() {
    clickWhenPresent(By.xpath("//button[normalize-space(.)='salva e continua']"));
  }

  void clickWhenPresent(By locator) {
    waiting(15).until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  void waitForGone(By locator) {
    waiting(15).until(ExpectedConditions.invisibilityOfElementLocated(locator));
  }

  void waitForElement(By locator) {
    waiting(15).until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  /** Ticks a PrimeFaces selectBooleanCheckbox. */
  void tick(String checkboxId) {
    driver.findElement(By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box")).click();
  }

  /** ON-3: the activation page reached from the e-mail's link, then on to the login page. */
  void activate(String link, String password, String pin, String screenshotName) {
    driver.get(link);
    waitForText("Scegli la password di accesso");
    type("activationForm:password", password);
    type("activationForm:confirmation", password);
    type("activationForm:pin", pin);
    type("activationForm:pinConfirmation", pin);
    pageState(screenshotName);
    driver.findElement(By.id("activationForm:submit")).click();
    waitForText("Credenziali attivate.");
    driver.findElement(By.id("goToLogin")).click();
    waitForText("Nome utente");
  }

  void login(String username, String password) {
    open("/login.xhtml");
    type("username", username);
    type("password", password);
    driver.findElement(By.id("submit")).click();
  }

  /**
   * A page state the tests reached, as a person would see it: the page must be whole (its main
   * content and footer written, issue 14), it must pass WCAG 2.1 A/AA ({@link Accessibility}), and
   * a screenshot is kept under target/screenshots.
   */
  void pageState(String name) {
    if (!(driver instanceof TakesScreenshot camera)) {
      return;
    }
    requireWholePage(name);
    awaitStillness();
    Accessibility.check(driver, name);
    try {
      Path dir = Path.of(System.getProperty("it.target", "target"), "screenshots");
      Files.createDirectories(dir);
      Path shot = camera.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A page cut off while it was written lacks the footer; the server-error page says so in its
   * title (not found and forbidden pages are ordinary states).
   */
  void requireWholePage(String name) {
    if (driver.findElements(By.cssSelector("main#contenuto")).isEmpty()
        || driver.findElements(By.cssSelector("footer.a-footer")).isEmpty()) {
      throw new AssertionError(name + ": the page is not whole (" + driver.getCurrentUrl() + ")");
    }
    String title = driver.getTitle();
    if (title.startsWith("Si è verificato un errore") || title.startsWith("Something went wrong")) {
      throw new AssertionError(name + ": server error at " + driver.getCurrentUrl());
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
