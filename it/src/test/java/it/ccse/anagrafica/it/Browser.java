package it.ccse.anagrafica.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the system chromedriver. Both paths are set explicitly so
 * Selenium Manager never tries to download a browser (no network here).
 */
final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final WebDriver driver;
  private final String baseUrl;
  private final Path profile;

  Browser() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Chromium is missing: apt-get install -y chromium chromium-driver (README, prerequisites)");
    }
    try {
      profile = Files.createTempDirectory("chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
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
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    baseUrl = "http://localhost:" + Integer.getInteger("it.http.port", 20180) + "/anagrafica";
    System.out.println(
        "Browser test: Chromium headless "
            + ((ChromeDriver) driver).getCapabilities().getBrowserVersion());
  }

  String url(String path) {
    return baseUrl + path;
  }

  void open(String path) {
    driver.get(url(path));
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void waitForText(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }

  void clickWhenVisible(By locator) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.elementToBeClickable(locator))
        .click();
  }

  void login(String username, String password) {
    open("/login.xhtml");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("submit")).click();
  }

  void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("it.target", "target"), "screenshots");
      Files.createDirectories(dir);
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
