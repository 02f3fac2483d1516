package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * Issue 19's sector path in a real browser on the demo company, already validated (SE-2..SE-8,
 * CO-1): a water sector with two services, an ATO of Piemonte for each through the "Aggiungi ATO +"
 * dialog, saved, its self-certification uploaded, a contact added, its own bank (BK-1), "Invia a
 * CCSE" once nothing is missing, validated by the back office and the company notified (AD-1);
 * every page state checked by axe. Then a corporate operation (OP-1, OP-2): created, both files
 * uploaded, sent; CCSE asks for more (the home page says so), it is sent again and handled, the
 * company notified.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SectorsJourneyIT {

  private static final String OPERATOR = "operatore";
  private static final String PASSWORD = "Demo#Servizi26";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void se2Se8Co1AWaterSectorWithItsAtosSelfCertificationAndContactIsReadyForCcse()
      throws Exception {
    try (var browser = new Browser()) {
      browser.login(OPERATOR, PASSWORD);
      browser.waitForText("Benvenuto");

      browser.open("/area/settori/index.xhtml");
      browser.waitForElement(By.id("sectorsForm:createSector"));
      browser.pageState("settori");
      browser.driver.findElement(By.id("sectorsForm:createSector")).click();
      browser.waitForElement(By.id("sectorForm:save"));
      browser.pageState("settore-bozza");

      browser.type(
          "sectorForm:startDate_input",
          LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      // The calendar opened by typing would cover the services below: closed as a user would.
      browser.driver.findElement(By.id("sectorForm:startDate_input")).sendKeys(Keys.ESCAPE);
      browser.driver.findElement(By.tagName("h1")).click();
      browser.choose("sectorForm:legalNature", "Società di capitali");
      browser.choose("sectorForm:type", "Servizio idrico integrato");
      browser.waitForElement(By.id("sectorForm:services"));
      tickService(browser, "Acquedotto");
      browser.waitForElement(By.id("sectorForm:chosen:0:addAto"));
      tickService(browser, "Fognatura");
      browser.waitForElement(By.id("sectorForm:chosen:1:addAto"));
      browser.waitForElement(By.id("servicesWarning"));
      browser.pageState("settore-servizi");

      addAto(browser, 0, 1);
      addAto(browser, 1, 2);

      browser.driver.findElement(By.id("sectorForm:save")).click();
      browser.waitForText("Settore di attività salvato.");
      browser.pageState("settore-salvato");

      Path certification =
          TestPdf.file("autocertificazione", "Autocertificazione del settore di attività");
      browser
          .driver
          .findElement(By.id("certificationForm:selfCertification_input"))
          .sendKeys(certification.toString());
      browser.waitForText(certification.getFileName().toString());
      browser.pageState("settore-autocertificazione");

      browser.driver.findElement(By.id("submitForm:toContacts")).click();
      browser.waitForElement(By.id("contactForm:addContact"));
      browser.pageState("contatti");
      browser.type("contactForm:contactName", "Maria");
      browser.type("contactForm:contactSurname", "Rossi");
      browser.type("contactForm:contactRole", "Responsabile del servizio idrico");
      browser.type("contactForm:contactPhone", "0112345678");
      browser.type("contactForm:contactEmail", "maria.rossi@example.it");
      browser.driver.findElement(By.id("contactForm:addContact")).click();
      browser.waitForText("Contatto aggiunto.");
      browser.waitForText("maria.rossi@example.it");
      browser.pageState("contatti-aggiunto");

      // BK-1: the sector is paid on its own account instead of the company's.
      browser.open("/area/settori/banche.xhtml");
      var edits = browser.driver.findElements(By.cssSelector("[id$=':editBank']"));
      edits.get(edits.size() - 1).click();
      browser.waitForElement(By.id("bankForm:iban"));
      browser.type("bankForm:iban", "IT60 X054 2811 1010 0000 0123 456");
      browser.type("bankForm:bankName", "Banca del servizio idrico");
      browser.pageState("banche-settore");
      browser.driver.findElement(By.id("bankForm:saveBank")).click();
      browser.waitForText("Conto del settore salvato.");
      browser.waitForText("IT60X0542811101000000123456");

      browser.open("/area/settori/index.xhtml");
      var opened = browser.driver.findElements(By.cssSelector("[id$=':open']"));
      opened.get(opened.size() - 1).click();
      browser.waitForElement(By.id("nothingMissing"));
      assertTrue(browser.driver.findElements(By.id("missing")).isEmpty(), "nothing is missing");
      browser.pageState("settore-completo");
      browser.driver.findElement(By.id("submitForm:submit")).click();
      browser.waitForText("Settore di attività inviato a CCSE per la validazione.");

      // AD-1: CCSE reads it with every field new, validates it; the company is told.
      try (var staff = demoCompanyInQueue("/backoffice/settori.xhtml", "deskForm:validate")) {
        staff.waitForText("Il settore non è mai stato validato");
        staff.waitForText("Banca del servizio idrico");
        staff.pageState("backoffice-settore");
        staff.driver.findElement(By.id("deskForm:validate")).click();
        staff.waitForText("Settore validato: l’azienda è stata avvisata.");
      }
      browser.open("/area/notifiche.xhtml");
      browser.waitForText("CCSE ha validato un settore di attività.");
      browser.pageState("notifiche-settore-validato");
    }
  }

  @Test
  void op1Op2ACorporateOperationIsSentWithBothFilesAndHandledByCcse() throws Exception {
    try (var browser = new Browser()) {
      browser.login(OPERATOR, PASSWORD);
      browser.waitForText("Benvenuto");
      browser.open("/area/settori/operazioni.xhtml");
      browser.waitForText("Cessione ramo d’azienda");
      browser.pageState("operazioni-societarie");

      browser.choose("createForm:kind", "Cessazione");
      browser.driver.findElement(By.id("createForm:createOperation")).click();
      browser.waitForElement(By.id("filesForm:selfCertification_input"));
      browser.pageState("operazione-bozza");
      browser
          .driver
          .findElement(By.id("filesForm:selfCertification_input"))
          .sendKeys(TestPdf.file("autocertificazione-cessazione", "Autocertificazione").toString());
      // The stored file's link, not the upload widget's own list of the file chosen.
      browser.waitForElement(By.xpath("//a[contains(., 'autocertificazione-cessazione')]"));
      browser
          .driver
          .findElement(By.id("filesForm:notarialDeed_input"))
          .sendKeys(TestPdf.file("atto-notarile", "Atto notarile di cessazione").toString());
      browser.waitForElement(By.xpath("//a[contains(., 'atto-notarile')]"));
      browser.waitForElement(By.id("nothingMissing"));
      browser.pageState("operazione-completa");
      browser.driver.findElement(By.id("sendForm:send")).click();
      browser.waitForText("File inviati a CCSE");
      browser.waitForText("Inviata");

      // CCSE first asks for more; the home page says so until the operator sends again.
      try (var staff = demoCompanyInQueue("/backoffice/operazioni.xhtml", "deskForm:requestMore")) {
        staff.waitForText("atto-notarile");
        staff.pageState("backoffice-operazione");
        staff.type("deskForm:reason", "Manca la data di efficacia nell’autocertificazione");
        staff.driver.findElement(By.id("deskForm:requestMore")).click();
        staff.waitForText("Integrazione richiesta");
      }
      browser.open("/index.xhtml");
      browser.waitForText("Manca la data di efficacia nell’autocertificazione");
      browser.pageState("home-integrazione-richiesta");
      browser.driver.findElement(By.linkText("Completa e invia di nuovo")).click();
      browser.waitForElement(By.id("sendForm:send"));
      browser.driver.findElement(By.id("sendForm:send")).click();
      browser.waitForText("File inviati a CCSE");

      try (var staff = demoCompanyInQueue("/backoffice/operazioni.xhtml", "deskForm:handled")) {
        staff.driver.findElement(By.id("deskForm:handled")).click();
        staff.waitForText("Operazione segnata come gestita");
      }
      browser.open("/area/settori/operazioni.xhtml");
      browser.waitForText("Gestita");
      browser.open("/area/notifiche.xhtml");
      browser.waitForText("CCSE ha gestito un’operazione societaria.");
    }
  }

  /**
   * A back-office browser on a queue page with the demo company's item open. What other tests sent
   * waits in the same queue, so the item is chosen by the company's name.
   */
  private static Browser demoCompanyInQueue(String page, String decision) {
    var staff = new Browser();
    staff.login("backoffice", "Validatore#2026");
    staff.waitForText("Benvenuto");
    staff.open(page);
    staff.waitForElement(By.id("queueForm:queue"));
    staff
        .driver
        .findElement(By.xpath("//a[normalize-space()='Demo Servizi Ambientali S.r.l.']"))
        .click();
    staff.waitForElement(By.id(decision));
    return staff;
  }

  /** Ticks a service of "Dettaglio/Servizi" by its label, and waits for the ATO area's refresh. */
  private static void tickService(Browser browser, String label) {
    browser.awaitAjax();
    var box =
        browser.driver.findElement(
            By.xpath("//*[@id='sectorForm:services']//label[normalize-space(.)='" + label + "']"));
    // Through the label's own click: a calendar left open by the date typed above may cover it.
    ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", box);
    browser.awaitAjax();
  }

  /**
   * "Aggiungi ATO +" of the n-th service: Regione Piemonte, its first ATO, "Aggiungi +", "Chiudi";
   * waits for the line in "Lista ATO".
   */
  private static void addAto(Browser browser, int service, int lines) {
    browser.driver.findElement(By.id("sectorForm:chosen:" + service + ":addAto")).click();
    browser.waitForElement(By.id("atoForm:atoRegion"));
    browser.awaitStillness();
    browser.choose("atoForm:atoRegion", "Piemonte");
    String firstAto =
        browser
            .driver
            .findElement(By.xpath("//select[@id='atoForm:atoCode_input']/option[2]"))
            .getAttribute("textContent");
    browser.choose("atoForm:atoCode", firstAto);
    if (service == 0) {
      browser.pageState("settore-dialogo-ato");
    }
    browser.driver.findElement(By.id("atoForm:addAtoLine")).click();
    browser.waitForElement(
        By.xpath("//*[@id='sectorForm:ato_data']/tr[" + lines + "]/td[2][normalize-space()!='']"));
    browser.driver.findElement(By.id("atoForm:closeAto")).click();
    browser.waitForGone(By.id("atoDialog"));
  }
}
