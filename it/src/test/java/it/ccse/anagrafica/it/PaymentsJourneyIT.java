package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 18's main path in a real browser on the demo company (PY-1..PY-4, AD-3): a practice signed
 * at its sample price and the year's annual renewal requested with the PIN, a payment inserted with
 * its receipt and allocated to both, signed with the PIN, verified by the back office; every page
 * state checked by axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentsJourneyIT {

  private static final String OPERATOR = "operatore";
  private static final String PASSWORD = "Demo#Servizi26";
  private static final String PIN = "258025";
  private static final String STAFF = "backoffice";
  private static final String STAFF_PASSWORD = "Validatore#2026";
  private static final String COMPANY = "Demo Servizi Ambientali S.r.l.";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void py3Ad3APaymentWithItsReceiptIsAllocatedSignedAndVerified() throws Exception {
    try (var browser = new Browser();
        var staff = new Browser()) {
      browser.login(OPERATOR, PASSWORD);
      browser.waitForText("Benvenuto");
      signedDuplicate(browser);

      browser.open("/area/pagamenti/index.xhtml");
      browser.waitForText("Avviso di pagamento pagoPA");
      browser.pageState("pagamenti");
      browser.driver.findElement(By.id("contributionsForm:years:0:create")).click();
      browser.waitForElement(By.id("requestForm:pin"));
      browser.pageState("contributi-crea-pratica");
      browser.type("requestForm:pin", PIN);
      browser.driver.findElement(By.id("requestForm:sign")).click();
      browser.waitForElement(By.id("contributionsForm:years:0:amountDue"));
      long renewal =
          euros(browser.driver.findElement(By.id("contributionsForm:years:0:amountDue")));
      browser.pageState("contributi-richiesto");
      if (browser.canDownload()) {
        downloadsReportAndNotice(browser);
      }
      browser.driver.findElement(By.id("paymentsForm:insertPayment")).click();
      browser.waitForElement(By.id("paymentForm:save"));
      browser.pageState("pagamento-bozza");
      assertTrue(renewal > 10, "the demo company's contribution leaves room for an adjustment");
      // The renewal paid but 10 €, which the adjustment pays below.
      browser.typeNumber("paymentForm:amount_input", String.valueOf(30 + renewal - 10));
      browser.choose("paymentForm:mode", "Bonifico bancario");
      browser.type("paymentForm:reference", "12345678901");
      browser.type(
          "paymentForm:paidOn_input",
          LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      browser.driver.findElement(By.id("paymentForm:save")).click();
      browser.waitForText("Pagamento salvato.");

      allocate(browser, "Duplicazione", 30, 1);
      allocate(browser, "Rinnovo annuale", renewal - 10, 2);

      Path receipt = Files.createTempFile("bonifico", ".pdf");
      try (var document = new Document(new PdfDocument(new PdfWriter(receipt.toString())))) {
        document.add(new Paragraph("Contabile del bonifico"));
      }
      browser
          .driver
          .findElement(By.id("allocationForm:receipt_input"))
          .sendKeys(receipt.toString());
      browser.waitForText(receipt.getFileName().toString());
      browser.pageState("pagamento-associato");
      browser.driver.findElement(By.id("allocationForm:summary")).click();
      browser.waitForElement(By.id("summaryForm:pin"));
      browser.pageState("pagamento-riepilogo");
      browser.type("summaryForm:pin", PIN);
      browser.driver.findElement(By.id("summaryForm:sign")).click();
      browser.waitForElement(By.id("paymentState"));
      browser.waitForText("INVIATA");

      staff.login(STAFF, STAFF_PASSWORD);
      staff.waitForText("Benvenuto");
      staff.open("/backoffice/pagamenti.xhtml");
      staff.waitForText(COMPANY);
      staff.pageState("backoffice-pagamenti");
      staff.driver.findElement(By.linkText(COMPANY)).click();
      staff.waitForElement(By.id("deskForm:verify"));
      staff.pageState("backoffice-pagamento");
      staff.driver.findElement(By.id("deskForm:verify")).click();
      staff.waitForText("Pagamento verificato");

      browser.open("/area/pagamenti/index.xhtml");
      browser.waitForText("VERIFICATA");
      browser.pageState("pagamenti-verificato");

      adjustDuplicate(browser);
      staff.open("/backoffice/conguagli.xhtml");
      staff.waitForText(COMPANY);
      staff.pageState("backoffice-conguagli");
      staff.driver.findElement(By.linkText(COMPANY)).click();
      staff.waitForElement(By.id("deskForm:approve"));
      staff.pageState("backoffice-conguaglio");
      staff.driver.findElement(By.id("deskForm:approve")).click();
      staff.waitForText("Conguaglio approvato");
      useOnRenewal(browser);
    }
  }

  /** PY-1 REPORT of the year just requested, and PY-4 a pagoPA notice, read back as PDFs. */
  private static void downloadsReportAndNotice(Browser browser) throws Exception {
    int year = LocalDate.now().getYear();
    browser.driver.findElement(By.xpath("//button[@aria-label='REPORT " + year + "']")).click();
    Path report = browser.downloaded(".pdf");
    String text = pdfText(report);
    assertTrue(text.contains("Rinnovo annuale") && text.contains("Anno " + year), text);
    Files.delete(report);
    browser
        .driver
        .findElement(
            By.xpath("(//button[starts-with(@aria-label, 'Avviso di pagamento pagoPA')])[1]"))
        .click();
    Path notice = browser.downloaded(".pdf");
    assertTrue(notice.getFileName().toString().startsWith("avviso-pagopa-3"), "" + notice);
    assertTrue(pdfText(notice).contains("Codice Avviso"));
    Files.delete(notice);
  }

  private static String pdfText(Path pdf) throws Exception {
    try (var document = new PdfDocument(new PdfReader(pdf.toFile()))) {
      return PdfTextExtractor.getTextFromPage(document.getPage(1));
    }
  }

  /** AJ-2: the duplicate paid 30 €, due 20 € by the user's reckoning: an adjustment of 10 €. */
  private static void adjustDuplicate(Browser browser) {
    browser.open("/area/pagamenti/conguagli.xhtml");
    browser.waitForElement(By.id("adjustmentsForm:insertAdjustment"));
    browser.pageState("conguagli");
    browser.driver.findElement(By.id("adjustmentsForm:insertAdjustment")).click();
    browser.waitForElement(By.id("adjustmentForm:save"));
    browser.pageState("conguaglio-bozza");
    browser.choose(
        "adjustmentForm:practice", option(browser, "adjustmentForm:practice", "Duplicazione"));
    browser.choose("adjustmentForm:reason", option(browser, "adjustmentForm:reason", ""));
    browser.typeNumber("adjustmentForm:userDue_input", "20");
    browser.driver.findElement(By.id("adjustmentForm:save")).click();
    browser.waitForElement(By.id("summaryForm:pin"));
    browser.pageState("conguaglio-riepilogo");
    browser.type("summaryForm:pin", PIN);
    browser.driver.findElement(By.id("summaryForm:sign")).click();
    browser.waitForElement(By.id("adjustmentState"));
  }

  /** AJ-3: UTILIZZA CONGUAGLIO on the renewal for its last 10 €, ASSOCIA, SALVA, FIRMA. */
  private static void useOnRenewal(Browser browser) {
    browser.open("/area/pagamenti/conguagli.xhtml");
    browser.waitForText("UTILIZZA CONGUAGLIO");
    browser.pageState("conguagli-approvato");
    browser.driver.findElement(By.linkText("UTILIZZA CONGUAGLIO")).click();
    browser.waitForElement(By.id("useForm:usePractice"));
    browser.pageState("conguaglio-utilizzo");
    browser.choose(
        "useForm:usePractice", option(browser, "useForm:usePractice", "Rinnovo annuale"));
    browser.typeNumber("useForm:useAmount_input", "10");
    browser.driver.findElement(By.id("useForm:associate")).click();
    browser.waitForElement(By.id("useForm:save"));
    browser.driver.findElement(By.id("useForm:save")).click();
    browser.waitForElement(By.id("summaryForm:pin"));
    browser.pageState("conguaglio-utilizzo-riepilogo");
    browser.type("summaryForm:pin", PIN);
    browser.driver.findElement(By.id("summaryForm:sign")).click();
    browser.waitForElement(
        By.xpath("//*[@id='signedUses_data']/tr/td[2][starts-with(normalize-space(), 'PR-')]"));
    browser.pageState("conguaglio-utilizzato");
  }

  /** The label of the first option of a select menu whose text contains the given text. */
  private static String option(Browser browser, String menu, String text) {
    return browser
        .driver
        .findElement(
            By.xpath(
                "//select[@id='"
                    + menu
                    + "_input']/option[position() > 1 and contains(., '"
                    + text
                    + "')]"))
        .getAttribute("textContent");
  }

  /** ASSOCIA the practice whose option names the type, for that share; waits for the n-th line. */
  private static void allocate(Browser browser, String type, long share, int lines) {
    String option =
        browser
            .driver
            .findElement(
                By.xpath(
                    "//select[@id='allocationForm:practice_input']/option[contains(., '"
                        + type
                        + "')]"))
            .getAttribute("textContent");
    browser.choose("allocationForm:practice", option);
    browser.typeNumber("allocationForm:share_input", String.valueOf(share));
    browser.driver.findElement(By.id("allocationForm:allocate")).click();
    browser.waitForElement(
        By.xpath(
            "//*[@id='allocationForm:allocations_data']/tr["
                + lines
                + "]/td[1][starts-with(normalize-space(), 'PR-')]"));
  }

  /** "1.234,00" as whole euros. */
  private static long euros(WebElement amount) {
    return new BigDecimal(amount.getText().replace(".", "").replace(',', '.').strip())
        .longValueExact();
  }

  /** "Richiesta Duplicazione Dispositivo USB" on the first device, signed at its sample price. */
  private static void signedDuplicate(Browser browser) {
    browser.open("/area/richieste/index.xhtml");
    browser.choose("requestForm:menus:1:type", "Richiesta Duplicazione Dispositivo USB");
    browser.waitForElement(By.id("requestForm:target_input"));
    String target =
        browser
            .driver
            .findElement(By.xpath("//select[@id='requestForm:target_input']/option[2]"))
            .getAttribute("textContent");
    browser.choose("requestForm:target", target);
    browser.driver.findElement(By.id("requestForm:create")).click();
    browser.waitForElement(By.id("detailsForm:summary"));
    browser.driver.findElement(By.id("detailsForm:summary")).click();
    browser.waitForElement(By.id("summaryForm:pin"));
    browser.type("summaryForm:pin", PIN);
    browser.driver.findElement(By.id("summaryForm:sign")).click();
    browser.waitForElement(By.id("practiceNumber"));
  }
}
