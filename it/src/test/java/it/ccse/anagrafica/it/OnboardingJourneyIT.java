package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A new company from registration to validated data through a real browser, with the operator's
 * pages looked at in every state on the way — new, submitted, rejected, corrected, validated — and
 * each page checked whole and accessible (ON-1..ON-4, CD-1..CD-3, AD-1; issue 14).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnboardingJourneyIT {

  private static final String PASSWORD = "Attiva#Ora2026";
  private static final String PIN = "482915";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void onboardingThroughEveryRegistrationState() throws Exception {
    String code = CompanyCodes.unique();
    String email = "legale-" + code + "@example.org";
    register(code, email);
    String link = ExternalServices.linkInMailTo(email, 45);
    browser.activate(link, PASSWORD, PIN, "attivazione");
    browser.type("username", code);
    browser.type("password", PASSWORD);
    browser.driver.findElement(By.id("submit")).click();
    browser.waitForText("Stato della registrazione");
    browser.pageState("primo-accesso-dati-societari");
    browser.driver.get(link);
    browser.waitForText("Questo collegamento è già stato utilizzato.");

    defect1TheHomePageAndTheFileAreWholeBeforeValidation("nuova");
    assumeTrue(browser.canDownload(), "signing the downloaded form needs Chromium");
    defect10TheMissingDataAreNamedWithTheirStep(code);
    signAndUpload();
    defect1TheHomePageAndTheFileAreWholeBeforeValidation("inviata");

    asStaff();
    openReview(code);
    defect11AFirstValidationShowsEveryDeclaredDatumByName(code);
    defect2RespingiWithAReasonAfterARefusedOneRejects();

    asOperator(code, "Stato della registrazione");
    defect3TheRejectionAndItsReasonStayVisibleWhileCorrecting();
    defect1TheHomePageAndTheFileAreWholeBeforeValidation("respinta");
    browser.open("/area/dati-societari.xhtml");
    for (String step : new String[] {"Regione", "Referente", "IBAN", "Genera il modulo"}) {
      browser.next();
      browser.waitForText(step);
    }
    issueForm();
    signAndUpload();

    asStaff();
    openReview(code);
    browser.driver.findElement(By.id("decisionForm:approve")).click();
    browser.waitForText("Dati approvati");

    asOperator(code, "Benvenuto, Mario Rossi");
    browser.waitForElement(By.id("headerForm:unreadCount"));
    browser.driver.findElement(By.id("headerForm:inboxLink")).click();
    browser.waitForText("I dati societari sono stati validati da CCSE.");
    browser.pageState("notifica-approvazione");
    assertTrue(
        ExternalServices.subjectsOfMailTo(email, 45, 3).stream()
            .anyMatch(subject -> subject.contains("dati societari validati")));
    th1TheThresholdNoticeLeadsToItsDeclarationUntilSigned();
  }

  private void register(String code, String email) {
    browser.open("/");
    browser.driver.findElement(By.id("register")).click();
    browser.waitForText("Ragione sociale");
    browser.type("registerForm:ragioneSociale", "Browser " + code + " S.r.l.");
    browser.type("registerForm:codiceFiscale", code);
    browser.type("registerForm:partitaIva", code);
    browser.choose("registerForm:legalForm", "Società a responsabilità limitata (S.r.l.)");
    browser.type("registerForm:legalRepName", "Mario");
    browser.type("registerForm:legalRepSurname", "Rossi");
    browser.type("registerForm:legalRepCodiceFiscale", "RSSMRA85T10A562S");
    browser.type("registerForm:email", email);
    browser.type("registerForm:pec", "pec-" + code + "@pec.example.org");
    browser.type("registerForm:phone", "011 1234567");
    browser.tick("registerForm:privacy");
    browser.pageState("registrazione");
    browser.driver.findElement(By.id("registerForm:submit")).click();
    browser.waitForText("Richiesta di registrazione ricevuta.");
    browser.pageState("registrazione-ok");
  }

  /** Issue 14 defect 1: before validation these pages stopped after the header. */
  private void defect1TheHomePageAndTheFileAreWholeBeforeValidation(String state) {
    browser.open("/");
    browser.waitForText("Stato della registrazione");
    browser.pageState("home-" + state);
    browser.open("/area/fascicolo.xhtml");
    browser.waitForText("sarà disponibile dopo che CCSE avrà validato i dati societari");
    browser.pageState("fascicolo-" + state);
    browser.open("/area/modifiche.xhtml");
    browser.waitForText("sarà disponibile dopo che CCSE avrà validato i dati societari");
    browser.requireWholePage("modifiche-" + state);
  }

  /**
   * Issue 14 defect 10: a step left incomplete is said at once, and "Genera il modulo" lists what
   * is missing with a link to its step.
   */
  private void defect10TheMissingDataAreNamedWithTheirStep(String code) {
    browser.open("/area/dati-societari.xhtml");
    browser.waitForText("Ragione sociale");
    browser.next();
    browser.waitForText("Regione");
    browser.type("dataForm:street", "Via Garibaldi");
    browser.chooseTorino("dataForm");
    assertTrue(
        browser.hasUnsavedInput(),
        "issue 16: the region's cascade must not clear the warning for what was typed before");
    browser.type("dataForm:streetNumber", "12");
    browser.type("dataForm:cap", "10122");
    browser.pageState("dati-societari-sede");
    browser.next();
    browser.waitForText("Referente");
    browser.type("dataForm:contactName", "Lucia");
    browser.type("dataForm:contactSurname", "Bianchi");
    browser.type("dataForm:contactPhone", "011 7654321");
    browser.next();
    browser.waitForText("IBAN");
    browser.next();
    browser.waitForText("In questo passo mancano ancora: IBAN, Banca.");
    browser.waitForText("Per generare il modulo mancano ancora questi dati:");
    browser.pageState("dati-mancanti");
    browser.clickWhenPresent(By.xpath("//a[contains(., 'vai al passo «Banca»')]"));
    browser.waitForElement(By.id("dataForm:iban"));
    browser.type("dataForm:iban", "IT60 X054 2811 1010 0000 0123 456");
    browser.type("dataForm:bankName", "Banca di prova");
    browser.next();
    browser.waitForText("Genera il modulo di registrazione");
    assertFalse(browser.text().contains("mancano ancora questi dati"), browser.text());
    issueForm();
  }

  private void issueForm() {
    browser.clickWhenPresent(By.id("dataForm:issueForm"));
    browser.waitForText("Procedi per firmare digitalmente il file");
    browser.pageState("modulo-pronto");
  }

  private void signAndUpload() throws Exception {
    String form = browser.driver.findElement(By.id("formDocumentId")).getText();
    browser.driver.findElement(By.id("signForm:downloadForm")).click();
    Path pdf = browser.downloaded(form + ".pdf");
    Path signed = DevSigning.sign(pdf, "RSSMRA85T10A562S", "Mario Rossi");
    browser.driver.findElement(By.id("signForm:signedFile_input")).sendKeys(signed.toString());
    browser.waitForText("Firma verificata");
    browser.waitForText("inviata a CCSE, in attesa di validazione");
    browser.pageState("modulo-firmato-inviato");
  }

  private void asStaff() {
    browser.driver.manage().deleteAllCookies();
    browser.login("backoffice", "Validatore#2026");
    browser.waitForText("Benvenuto, Validatore CCSE");
  }

  /** Before validation the login opens Dati societari, after it the home page. */
  private void asOperator(String code, String landing) {
    browser.driver.manage().deleteAllCookies();
    browser.login(code, PASSWORD);
    browser.waitForText(landing);
  }

  private void openReview(String code) {
    browser.open("/backoffice/validazioni.xhtml");
    browser.type("queueForm:nameFilter", "Browser " + code);
    browser.clickWhenPresent(By.linkText("Browser " + code + " S.r.l."));
    browser.waitForText("Dati dichiarati");
    browser.pageState("validazione");
  }

  /**
   * Issue 14 defect 11: the legal representative, PEC, e-mail, phone and legal form were missing.
   */
  private void defect11AFirstValidationShowsEveryDeclaredDatumByName(String code) {
    String table = browser.driver.findElement(By.id("differences")).getText();
    for (String shown :
        new String[] {
          "Nome del legale rappresentante",
          "Mario",
          "PEC",
          "pec-" + code + "@pec.example.org",
          "Telefono",
          "011 1234567",
          "Società a responsabilità limitata (S.r.l.)",
          "Piemonte",
          "Torino (TO)"
        }) {
      assertTrue(table.contains(shown), shown + " missing from: " + table);
    }
    assertFalse(table.contains("001272"), table);
  }

  /** Issue 14 defect 2: the second Respingi, now with a reason, did nothing. */
  private void defect2RespingiWithAReasonAfterARefusedOneRejects() {
    browser.driver.findElement(By.id("decisionForm:reject")).click();
    browser.waitForText("Indica il motivo del respingimento.");
    browser.pageState("respingi-senza-motivo");
    browser.type("decisionForm:reason", "Manca la visura camerale aggiornata.");
    browser.driver.findElement(By.id("decisionForm:reject")).click();
    browser.waitForText("Dati respinti");
  }

  /** Issue 14 defect 3: after a rejection Dati societari said "dati da completare", no reason. */
  private void defect3TheRejectionAndItsReasonStayVisibleWhileCorrecting() {
    browser.waitForText("respinta da CCSE");
    browser.waitForText("Manca la visura camerale aggiornata.");
    browser.open("/area/dati-societari.xhtml");
    browser.waitForText("respinta da CCSE");
    browser.waitForText("Manca la visura camerale aggiornata.");
    browser.pageState("dati-societari-respinti");
    browser.open("/");
    browser.waitForText("Manca la visura camerale aggiornata.");
  }

  /** TH-1: nothing counted above 10 yet, so the company is asked at every access. */
  private void th1TheThresholdNoticeLeadsToItsDeclarationUntilSigned() {
    browser.open("/");
    browser.waitForText("Dichiara la soglia del numero di dipendenti dell’azienda.");
    browser.pageState("avviso-soglia-dipendenti");
    browser.clickWhenPresent(By.xpath("//a[.//span[text()='Vai alle dichiarazioni']]"));
    browser.waitForText("Dipendenti Azienda");
    browser.choose("declarationsForm:threshold", "minore/uguale a 10");
    browser.driver.findElement(By.id("declarationsForm:declareEmployees")).click();
    browser.waitForText("Ci sono modifiche non firmate.");
    browser.driver.findElement(By.id("declarationsForm:toSummary")).click();
    browser.waitForText("Dichiarazione soglia dipendenti dell’azienda");
    browser.signWithPin(PIN);
    browser.open("/");
    browser.waitForText("Benvenuto, Mario Rossi");
    assertFalse(browser.text().contains("Dichiara la soglia del numero"), browser.text());
  }
}
