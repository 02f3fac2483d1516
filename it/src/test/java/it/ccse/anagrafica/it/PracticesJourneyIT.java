package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 17's main paths in a real browser on the demo company (RQ-1, RQ-2, ST-1, AD-2): a company
 * practice created, documented, signed and cancelled; a device practice signed and shipped by the
 * back office; every page state checked by axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PracticesJourneyIT {

  private static final String OPERATOR = "operatore";
  private static final String PASSWORD = "Demo#Servizi26";
  private static final String PIN = "258025";
  private static final String STAFF = "backoffice";
  private static final String STAFF_PASSWORD = "Validatore#2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void rq1St1AClosureIsDocumentedSignedAndCancelledWithThePin() throws Exception {
    try (var browser = new Browser()) {
      signIn(browser, OPERATOR, PASSWORD);
      browser.open("/area/richieste/index.xhtml");
      browser.pageState("richieste");
      create(browser, 0, "Richiesta Chiusura Unità Locale");
      browser.pageState("pratica-bozza");

      Path pdf = Files.createTempFile("chiusura", ".pdf");
      writePdf(pdf);
      browser
          .driver
          .findElement(By.id("documentsForm:SUPPORTING_DOCUMENT_input"))
          .sendKeys(pdf.toString());
      browser.waitForText(pdf.getFileName().toString());
      browser.waitForText("SHA-256");
      browser.driver.findElement(By.id("detailsForm:summary")).click();
      browser.waitForElement(By.id("summaryForm:pin"));
      browser.pageState("pratica-riepilogo");
      browser.type("summaryForm:pin", PIN);
      browser.driver.findElement(By.id("summaryForm:sign")).click();
      browser.waitForElement(By.id("practiceNumber"));
      String number = browser.driver.findElement(By.id("practiceNumber")).getText();
      assertTrue(number.contains("PR-"), number);
      browser.pageState("pratica-firmata");

      browser.open("/area/stato-pratiche.xhtml");
      browser.waitForText("PRESENTATA");
      browser.pageState("stato-pratiche");
      browser
          .driver
          .findElement(By.xpath("//button[@title='ANNULLA " + number.strip() + "']"))
          .click();
      browser.waitForElement(By.id("cancelForm:pin"));
      browser.pageState("stato-pratiche-annulla");
      browser.type("cancelForm:pin", PIN);
      browser.driver.findElement(By.id("cancelForm:confirmCancel")).click();
      browser.waitForText("ANNULLATA");
    }
  }

  @Test
  void rq2Ad2ADuplicateIsSignedAndShippedByTheBackOffice() throws Exception {
    try (var staff = new Browser();
        var browser = new Browser()) {
      signIn(staff, STAFF, STAFF_PASSWORD);
      String original = price(staff, "0,00");
      try {
        signIn(browser, OPERATOR, PASSWORD);
        browser.open("/area/richieste/index.xhtml");
        create(browser, 1, "Richiesta Duplicazione Dispositivo USB");
        browser.driver.findElement(By.id("detailsForm:summary")).click();
        browser.waitForElement(By.id("summaryForm:pin"));
        browser.type("summaryForm:pin", PIN);
        browser.driver.findElement(By.id("summaryForm:sign")).click();
        browser.waitForElement(By.id("practiceNumber"));
        String number = browser.driver.findElement(By.id("practiceNumber")).getText().strip();

        staff.open("/backoffice/pratiche.xhtml");
        staff.waitForText(number);
        staff.pageState("backoffice-pratiche");
        staff.driver.findElement(By.linkText(number)).click();
        staff.waitForElement(By.id("deskForm:take"));
        staff.pageState("backoffice-pratica");
        staff.driver.findElement(By.id("deskForm:take")).click();
        staff.waitForElement(By.id("deskForm:ship"));
        staff.driver.findElement(By.id("deskForm:ship")).click();
        staff.waitForText("EVASA");

        browser.open("/index.xhtml");
        browser.waitForText("Dispositivo USB spedito");
        browser.pageState("home-dispositivo-spedito");
      } finally {
        price(staff, original);
      }
    }
  }

  /** Logs in and waits for the home page, so that the next page opened is not replaced by it. */
  private static void signIn(Browser browser, String username, String password) {
    browser.login(username, password);
    browser.waitForText("Benvenuto");
  }

  /** Chooses the type in the menu of a group, its first target, and "Crea Pratica". */
  private static void create(Browser browser, int group, String type) {
    browser.choose("requestForm:menus:" + group + ":type", type);
    browser.waitForElement(By.id("requestForm:target_input"));
    String target =
        browser
            .driver
            .findElement(By.xpath("//select[@id='requestForm:target_input']/option[2]"))
            .getAttribute("textContent");
    browser.choose("requestForm:target", target);
    browser.driver.findElement(By.id("requestForm:create")).click();
    browser.waitForText(type);
    browser.waitForElement(By.id("detailsForm:summary"));
  }

  /** Sets the duplicate's price on the back office's Listino; answers the amount it had. */
  private static String price(Browser staff, String amount) {
    staff.open("/backoffice/listino.xhtml");
    String row = "//tr[td[contains(., 'Duplicazione Dispositivo USB')]]";
    var field = staff.driver.findElement(By.xpath(row + "//input[contains(@id, 'amount_input')]"));
    String before = field.getAttribute("value").replace(" €", "");
    staff.typeNumber(field.getAttribute("id"), amount);
    staff.driver.findElement(By.xpath(row + "//button")).click();
    staff.waitForText("Importo aggiornato");
    return before;
  }

  private static void writePdf(Path file) throws Exception {
    try (var document = new Document(new PdfDocument(new PdfWriter(file.toString())))) {
      document.add(new Paragraph("Atto di chiusura"));
    }
  }
}
