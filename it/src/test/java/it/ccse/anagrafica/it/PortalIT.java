package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.SignatureUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The portal through a real browser, as a user sees it (ON-1, ON-4, security shell). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  /** The demo back-office account's own e-mail address. */
  private static final String OWN_ADDRESS = "backoffice@ccse.localhost";

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
  void homePageOffersLoginAndNewRegistration() {
    browser.open("/");

    assertTrue(browser.text().contains("Login"));
    assertTrue(browser.text().contains("Nuova registrazione"));
    browser.pageState("home");
  }

  /** Issue 14 defect 12: the registration's privacy declaration had no notice to read. */
  @Test
  void defect12TheRegistrationLinksThePrivacyNotice() {
    browser.open("/registrazione.xhtml");
    String notice =
        browser.driver.findElement(By.id("registerForm:privacyNotice")).getAttribute("href");
    browser.driver.get(notice);
    browser.waitForText("Titolare del trattamento");
    assertTrue(browser.text().contains("art. 13 del Regolamento (UE) 2016/679"), browser.text());
    browser.pageState("informativa-privacy");
  }

  /** Issue 14 defect 4: typed or bookmarked, as the README prints it, it was an HTTP 500. */
  private void defect4SentMailOpensByItsDocumentedAddress() {
    browser.open("/backoffice/posta-inviata.xhtml");
    browser.waitForText("Messaggio di prova");
    browser.requireWholePage("posta-inviata-per-indirizzo");
  }

  @Test
  void backOfficeUserLogsInThroughTheLoginPageAndReachesSentMail() {
    browser.open("/login.xhtml");
    String sessionBefore = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();

    browser.login("backoffice", "Validatore#2026");

    browser.waitForText("Benvenuto, Validatore CCSE");
    assertNotEquals(
        sessionBefore,
        browser.driver.manage().getCookieNamed("JSESSIONID").getValue(),
        "a new session id after login (session fixation)");
    browser.waitForText("Da validare");
    assertTrue(
        browser.text().contains("Ragione sociale e legale rappresentante ("),
        "AD-1: each validation queue with how many wait in it");
    browser.pageState("home-backoffice");
    browser.driver.findElement(By.linkText("Back office")).click();
    browser.followMenuItem("Posta inviata");
    browser.waitForText("Messaggio di prova");
    browser.pageState("posta-inviata");
    defect4SentMailOpensByItsDocumentedAddress();
    browser.open("/backoffice/disallineamenti.xhtml");
    browser.waitForText("Esporta CSV");
    browser.open("/backoffice/admin/batch.xhtml");
    assertTrue(browser.text().contains("Accesso non consentito"), "AD-4 is for administrators");
  }

  @Test
  void legacyOperatorsAreImportedInvitedAndFindTheirDataAfterActivation() throws Exception {
    String code = CompanyCodes.unique();
    String email = "storico-" + code + "@example.org";
    assumeTrue(browser.canDownload(), "the ajax file upload needs Chromium");
    Path csv = Files.createTempFile("anagrafica-precedente", ".csv");
    csv.toFile().deleteOnExit();
    Files.writeString(
        csv,
        String.join(
            "\n",
            "codice_fiscale;partita_iva;ragione_sociale;forma_giuridica;indirizzo;civico;cap;"
                + "comune_istat;legale_rappresentante_nome;legale_rappresentante_cognome;"
                + "legale_rappresentante_codice_fiscale;email;pec",
            code
                + ";"
                + code
                + ";Archivio "
                + code
                + " S.r.l.;SRL;Via Po;3;10124;001272;"
                + "Maria;Bianchi;BNCMRA80A41L219W;"
                + email
                + ";archivio-"
                + code
                + "@pec.it",
            "12345678901;12345678901;Errata S.r.l.;SRL;Via Po;4;10124;001272;"
                + "Maria;Bianchi;BNCMRA80A41L219W;errata@example.org;errata@pec.it"));

    browser.login("backoffice", "Validatore#2026");
    browser.waitForText("Benvenuto, Validatore CCSE");
    browser.open("/backoffice/operatori-storici.xhtml");
    browser.driver.findElement(By.id("importForm:file_input")).sendKeys(csv.toString());
    browser.waitForText("Importazione completata: 1 importati, 0 già presenti, 1 scartati.");
    assertTrue(browser.text().contains("Scartato"), browser.text());
    browser.pageState("importazione-operatori");
    browser.typeAndAwaitAjax("operatorsForm:filter", code);
    browser.clickWhenPresent(By.cssSelector("tr[data-rk='" + code + "'] .ui-chkbox-box"));
    browser.driver.findElement(By.id("operatorsForm:invite")).click();
    browser.waitForText("E-mail di attivazione inviate: 1; non inviate: 0");
    browser.pageState("operatori-invitati");

    browser.driver.manage().deleteAllCookies();
    browser.activate(
        ExternalServices.linkInMailTo(email, 45),
        "Storico#Attivo26",
        "582931",
        "attivazione-storico");
    browser.login(code, "Storico#Attivo26");
    browser.waitForText("Benvenuto, Maria Bianchi");
    browser.open("/area/dati-societari.xhtml");
    browser.waitForText("Ragione sociale");
    assertEquals(
        "Archivio " + code + " S.r.l.",
        browser.driver.findElement(By.id("dataForm:ragioneSociale")).getAttribute("value"));
    browser.pageState("dati-societari-storico");
  }

  @Test
  void delegateChoosesTheDeviceAddsACategoryAndSignsWithPin() throws Exception {
    browser.login("BNCGNN75B12F205E", "Delegato#2026");
    browser.waitForText("Sei delegato su più dispositivi");
    browser.pageState("scegli-dispositivo");
    browser.clickWhenPresent(
        By.xpath(
            "//tr[td[normalize-space(.)='USB-100002']]//button[.//span[text()='Usa questo dispositivo']]"));
    browser.waitForText("Fascicolo azienda");
    browser.pageState("fascicolo-delegato");
    browser.driver.findElement(By.id("fileForm:enterArea")).click();
    browser.waitForText("Area modifiche");
    assertTrue(browser.text().contains("sola lettura"), "other sites are visibly read-only");

    browser.clickWhenPresent(
        By.xpath(
            "//section[@aria-label='Stabilimento Torino Nord']//button[.//span[text()='Aggiungi categoria']]"));
    browser.waitForElement(By.id("editor:categoryType"));
    defect13TheOpenedEditorHasTheFocusAndIsInView();
    browser.choose("editor:categoryType", "Comuni della Campania");
    browser.type("editor:inhabitants_input", "12000");
    browser.pageState("nuova-categoria");
    browser.driver.findElement(By.id("editor:save")).click();
    browser.waitForText("Ci sono modifiche non firmate.");
    browser.pageState("modifiche-non-firmate");
    browser.driver.findElement(By.id("areaForm:toSummary")).click();

    browser.waitForText("Associazione categoria al dispositivo");
    browser.pageState("riepilogo");
    browser.signWithPin("147036");
    browser.pageState("firmato");
    if (browser.canDownload()) {
      browser.driver.findElement(By.id("summaryForm:downloadReport")).click();
      Path pdf = browser.downloaded(".pdf");
      try (var document = new PdfDocument(new PdfReader(pdf.toFile()))) {
        var signatures = new SignatureUtil(document);
        String name = signatures.getSignatureNames().get(0);
        assertTrue(signatures.signatureCoversWholeDocument(name));
        assertTrue(signatures.readSignatureData(name).verifySignatureIntegrityAndAuthenticity());
      }
      if (Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
        var pdfsig = new ProcessBuilder("/usr/bin/pdfsig", pdf.toString()).start();
        String report = new String(pdfsig.getInputStream().readAllBytes());
        assertTrue(report.contains("Signature is Valid."), report);
      }
    }
  }

  /** Issue 14 defect 13: the editor opened ~1,600 px above the viewport, out of sight. */
  private void defect13TheOpenedEditorHasTheFocusAndIsInView() {
    browser
        .waiting(10)
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "var h = document.activeElement, r = h.getBoundingClientRect();"
                                + " return h.id === 'editorHeading'"
                                + " && r.top > -1 && r.bottom <= window.innerHeight;"));
  }

  /** MD-12 with issue 14 defect 15: the new unit's delegate may be a person already in the file. */
  @Test
  void defect15Md12ANewUnitTakesADelegateAlreadyInTheFile() {
    String unit = "Unità " + CompanyCodes.unique();
    browser.login("operatore", "Demo#Servizi26");
    browser.waitForText("Benvenuto, Mario Rossi");
    browser.open("/area/modifiche.xhtml");
    browser.waitForText("Area modifiche");
    browser.driver.findElement(By.id("areaForm:newUnit")).click();
    browser.waitForElement(By.id("editor:name"));
    browser.type("editor:name", unit);
    browser.chooseTorino("editor");
    browser.type("editor:street", "Corso Francia");
    browser.type("editor:streetNumber", "200");
    browser.type("editor:cap", "10145");
    browser.type("editor:employees_input", "6");
    browser.choose("editor:categoryType", "Produttori di rifiuti speciali");
    browser.tick("editor:hazardous");
    browser.choose("editor:existingDelegate", "Gianni Bianchi (BNCGNN75B12F205E)");
    browser.type("editor:email", "gianni.bianchi-" + System.nanoTime() + "@example.org");
    browser.pageState("nuova-unita-locale");
    browser.driver.findElement(By.id("editor:save")).click();
    browser.waitForText("Ci sono modifiche non firmate.");
    browser.driver.findElement(By.id("areaForm:toSummary")).click();
    browser.waitForText("Nuova unità locale");
    assertTrue(browser.text().contains("Gianni Bianchi"), browser.text());
    assertTrue(browser.text().contains("Unità locale aggiuntiva"), "MD-12 cost line");
    browser.signWithPin("258025");
    browser.open("/area/fascicolo.xhtml");
    browser.waitForText(unit);
    browser.pageState("fascicolo-nuova-unita");
  }

  @Test
  void operatorEditsEverySectionAndTheNewDelegateLogsIn() throws Exception {
    String delegate = CompanyCodes.personal();
    String email = "delegato-" + delegate.toLowerCase() + "@example.org";
    browser.login("operatore", "Demo#Servizi26");
    browser.waitForText("Benvenuto, Mario Rossi");
    browser.open("/area/modifiche.xhtml");
    browser.waitForText("Area modifiche");

    browser.driver.findElement(By.id("areaForm:editCompany")).click();
    browser.waitForElement(By.id("editor:contactPhone"));
    browser.type("editor:contactPhone", "011 999 0000");
    saveEditor();

    browser.clickWhenPresent(inSite("Deposito Milano", "MODIFICA"));
    browser.waitForElement(By.id("editor:employees_input"));
    browser.type("editor:employees_input", "9");
    saveEditor();

    browser.clickWhenPresent(inSite("Impianto Chivasso", "Aggiungi delegato"));
    browser.waitForElement(By.id("editor:delegateName"));
    browser.type("editor:delegateName", "Elena");
    browser.type("editor:delegateSurname", "Conti");
    browser.type("editor:codiceFiscale", delegate);
    browser.type("editor:email", email);
    saveEditor();

    browser.clickWhenPresent(
        By.xpath(
            "//section[@aria-label='Stabilimento Torino Nord']//tr[td[contains(.,'Laura Rossi')]]"
                + "//button[.//span[text()='MODIFICA']]"));
    browser.waitForElement(By.id("editor:phone"));
    browser.type("editor:phone", "011 888 0000");
    saveEditor();
    browser.pageState("area-modifiche-operatore");

    browser.driver.findElement(By.id("areaForm:toSummary")).click();
    browser.waitForText("Modifica contatti del delegato sul dispositivo");
    assertTrue(browser.text().contains("Nuovo delegato"), browser.text());
    browser.signWithPin("258025");

    browser.driver.manage().deleteAllCookies();
    browser.activate(
        ExternalServices.linkInMailTo(email, 45),
        "Delegata#2026",
        "364912",
        "attivazione-delegato");
    browser.login(delegate, "Delegata#2026");
    browser.waitForText("Fascicolo azienda");
    browser.open("/area/modifiche.xhtml");
    browser.waitForText("Area modifiche");
    assertTrue(browser.text().contains("sola lettura"), "a new delegate acts on one site only");
    browser.pageState("nuovo-delegato-area");
  }

  private By inSite(String site, String button) {
    return By.xpath(
        "(//section[@aria-label='" + site + "']//button[.//span[text()='" + button + "']])[1]");
  }

  private void saveEditor() {
    browser.driver.findElement(By.id("editor:save")).click();
    browser.waitForGone(By.id("editor:save"));
    browser.waitForText("Ci sono modifiche non firmate.");
  }

  @Test
  void vo1TheNoticeLeadsToTheDeclarationsAndDisappearsOnceSigned() {
    browser.login("operatore", "Demo#Servizi26");
    browser.waitForText("Categorie senza obbligo di iscrizione");
    browser.pageState("avviso-categorie-non-obbligate");
    browser.clickWhenPresent(By.xpath("//a[.//span[text()='Vai alle dichiarazioni']]"));
    browser.waitForText("Categorie non obbligate");
    By join = By.xpath("//button[.//span[text()='Volontario']]");
    while (!browser.driver.findElements(join).isEmpty()) {
      int before = browser.driver.findElements(join).size();
      browser.driver.findElements(join).get(0).click();
      browser.waiting(15).until(d -> d.findElements(join).size() < before);
    }
    browser.pageState("dichiarazioni");
    browser.driver.findElement(By.id("declarationsForm:toSummary")).click();
    browser.waitForText("Adesione volontaria alla categoria");
    browser.signWithPin("258025");
    browser.open("/");
    browser.waitForText("Benvenuto, Mario Rossi");
    assertFalse(browser.text().contains("Categorie senza obbligo di iscrizione"), browser.text());
  }

  @Test
  void ge1TheMarkerIsDraggedAndSavedWhileTheAddressStays() {
    browser.login("operatore", "Demo#Servizi26");
    browser.waitForText("Benvenuto, Mario Rossi");
    browser.open("/area/fascicolo.xhtml");
    browser.clickWhenPresent(By.xpath("(//a[text()='Posizione sulla mappa'])[1]"));
    browser.waitForText("Salva Posizione");
    String address = browser.driver.findElement(By.id("validatedAddress")).getText();
    String latitude = browser.value("positionForm:latitude");
    String longitude = browser.value("positionForm:longitude");

    browser.driver.findElement(By.id("positionForm:search")).click();
    browser.waitForText("la bandierina è al centro del comune");
    browser.dragBy(By.cssSelector("#siteMap .leaflet-marker-icon"), 90, 45);
    browser.waiting(10).until(d -> !browser.value("positionForm:longitude").equals(longitude));
    String draggedLatitude = browser.value("positionForm:latitude");
    String draggedLongitude = browser.value("positionForm:longitude");
    browser.pageState("geolocalizzazione");
    browser.driver.findElement(By.id("positionForm:save")).click();
    browser.waitForText("Posizione salvata. L’indirizzo non è cambiato.");

    browser.driver.navigate().refresh();
    browser.waitForText("Salva Posizione");
    assertEquals(draggedLatitude, browser.value("positionForm:latitude"));
    assertEquals(draggedLongitude, browser.value("positionForm:longitude"));
    assertNotEquals(latitude + longitude, draggedLatitude + draggedLongitude);
    assertEquals(address, browser.driver.findElement(By.id("validatedAddress")).getText());
    assertTrue(browser.text().contains("Posizione indicata sulla mappa."), browser.text());
  }

  @Test
  void np1AddingManagementWhereProductionIsAsksNewProducerBeforeFirma() {
    browser.login("operatore", "Demo#Servizi26");
    browser.waitForText("Benvenuto, Mario Rossi");
    browser.open("/area/modifiche.xhtml");
    browser.clickWhenPresent(inSite("Deposito Milano", "Aggiungi categoria"));
    browser.waitForElement(By.id("editor:categoryType"));
    browser.choose(
        "editor:categoryType",
        "Gestori (trattamento, recupero, smaltimento, commercio, intermediazione)");
    browser.tick("editor:nonHazardous");
    browser.type("editor:tonnesPerYear_input", "300");
    saveEditor();
    browser.driver.findElement(By.id("areaForm:toSummary")).click();
    browser.waitForText("Sei un nuovo produttore");
    assertFalse(browser.driver.findElement(By.id("summaryForm:sign")).isEnabled(), "NP-1 first");
    browser.pageState("riepilogo-nuovo-produttore");
    browser.clickWhenPresent(By.xpath("//button[.//span[text()='SI']]"));
    browser.waitForText("Dichiarazione nuovo produttore");
    browser.signWithPin("258025");

    browser.open("/area/fascicolo.xhtml");
    browser.waitForText("Contributo annuale");
    assertTrue(
        browser.text().contains("300 t/anno, non pericolosi"),
        "SI: non-hazardous management is mandatory, so it pays");
  }

  @Test
  void ad4TheConsoleImportsAnUploadedExtractAndBr1TheOperatorResolvesTheMisalignments()
      throws Exception {
    assumeTrue(browser.canDownload(), "the ajax file upload needs Chromium");
    var extract = new StringBuilder(BatchExtracts.HEADER);
    extract.append(
        "12345670017;12345670017;Demo Servizi Ambientali S.r.l.;SRL;TO;1234567;Via Roma;3;10121;"
            + "001272;demo@pec.example.org;ATTIVA;2010-03-15;;38.11.00;\n");
    extract.append("12345670017;solo;tre\n");
    BatchExtracts.append(extract, 20_000, 7_000_000);
    Path csv = Files.writeString(Files.createTempFile("estratto", ".csv"), extract);

    browser.login("admin", "Amministra#2026");
    browser.waitForText("Benvenuto");
    browser.open("/backoffice/admin/batch.xhtml");
    browser.driver.findElement(By.id("uploadForm:extract_input")).sendKeys(csv.toString());
    browser.waitForText("caricate 20.002 righe di dati");
    browser.driver.findElement(By.id("batchForm:startImport")).click();
    String imported = startedExecution();
    browser.pageState("console-importazione");
    awaitExecution(imported, "letti 20002, importati 20001, scartati 1");
    browser.pageState("console-importazione-completata");
    browser
        .driver
        .findElement(By.xpath("(//button[.//span[text()='Righe scartate (CSV)']])[1]"))
        .click();
    String badRows = Files.readString(browser.downloaded(".csv"));
    assertTrue(badRows.contains("riga;colonna;valore;motivo"), badRows);

    browser.driver.findElement(By.id("batchForm:startReconcile")).click();
    awaitExecution(startedExecution(), "aziende avvisate");
    browser.pageState("console-riconciliazione");

    browser.driver.manage().deleteAllCookies();
    browser.login("operatore", "Demo#Servizi26");
    browser.waitForText("sono diversi da quelli del Registro Imprese");
    browser.driver.findElement(By.id("goToMisalignments")).click();
    browser.waitForText("Gestione disallineamenti");
    browser.pageState("disallineamenti");
    browser.clickWhenPresent(misalignmentAction("PEC", "ALLINEA"));
    browser.waitForGone(misalignmentAction("PEC", "ALLINEA"));
    browser.clickWhenPresent(
        misalignmentAction("Numero civico della sede legale", "AUTOCERTIFICA"));
    browser.waitForGone(misalignmentAction("Numero civico della sede legale", "AUTOCERTIFICA"));
    browser.driver.findElement(By.id("misalignmentsForm:toSummary")).click();
    browser.waitForText("ALLINEA al Registro Imprese");
    assertTrue(browser.text().contains("AUTOCERTIFICA del valore dichiarato"), browser.text());
    browser.pageState("riepilogo-disallineamenti");
    browser.signWithPin("258025");

    browser.open("/area/disallineamenti.xhtml");
    browser.waitForText("Gestione disallineamenti");
    assertTrue(browser.driver.findElements(misalignmentRow("PEC")).isEmpty(), browser.text());
    assertTrue(
        browser.driver.findElements(misalignmentRow("Numero civico della sede legale")).isEmpty(),
        browser.text());
  }

  /** The number of the execution the console just started, from its message. */
  private String startedExecution() {
    browser.awaitAjax();
    var started = Pattern.compile("Esecuzione (\\d+) avviata");
    browser.waiting(20).until(d -> started.matcher(browser.text()).find());
    var matcher = started.matcher(browser.text());
    matcher.find();
    return matcher.group(1);
  }

  /**
   * Waits, without reloading the page, until the execution's row shows the text. The console's poll
   * re-renders the table every 2 s, so a row found may be replaced before it is read.
   */
  private void awaitExecution(String execution, String text) {
    By row =
        By.xpath("//tbody[contains(@id,'runs')]/tr[td[1][normalize-space(.)='" + execution + "']]");
    browser
        .waiting(90)
        .until(d -> d.findElements(row).stream().anyMatch(r -> r.getText().contains(text)));
  }

  private static By misalignmentRow(String field) {
    return By.xpath("//tbody/tr[td[1][normalize-space(.)='" + field + "']]");
  }

  private static By misalignmentAction(String field, String action) {
    return By.xpath(
        "//tbody/tr[td[1][normalize-space(.)='"
            + field
            + "']]//button[.//span[text()='"
            + action
            + "']]");
  }

  @Test
  void operatorIsRefusedTheBackOffice() {
    browser.login("operatore", "Demo#Servizi26");
    browser.waitForText("Benvenuto, Mario Rossi");

    browser.open("/backoffice/posta-inviata.xhtml");
    assertTrue(browser.text().contains("Accesso non consentito"), browser.text());
    browser.open("/backoffice/validazioni.xhtml");
    assertTrue(browser.text().contains("Accesso non consentito"), browser.text());
    browser.open("/backoffice/validazione.xhtml?id=50");
    assertTrue(browser.text().contains("Accesso non consentito"), "another company's submission");
    browser.open("/backoffice/operatori-storici.xhtml");
    assertTrue(browser.text().contains("Accesso non consentito"), browser.text());
    browser.open("/backoffice/fascicoli.xhtml");
    assertTrue(browser.text().contains("Accesso non consentito"), "other companies' files");
    browser.open("/backoffice/disallineamenti.xhtml");
    assertTrue(browser.text().contains("Accesso non consentito"), "other companies' misalignments");
    browser.open("/backoffice/admin/batch.xhtml");
    assertTrue(browser.text().contains("Accesso non consentito"), browser.text());
  }

  @Test
  void changePasswordExplainsWhatIsWrongAndChangesNothing() {
    browser.login("operatore", "Demo#Servizi26");
    browser.waitForText("Benvenuto, Mario Rossi");
    browser.driver.findElement(By.id("headerForm:userMenu_button")).click();
    browser.followMenuItem("Cambia Password");
    browser.waitForText("Vecchia password");

    browser.type("passwordForm:current", "Demo#Servizi26");
    browser.type("passwordForm:replacement", "corta");
    browser.type("passwordForm:confirmation", "diversa");
    browser.driver.findElement(By.id("passwordForm:save")).click();

    browser.waitForText("La nuova password deve avere almeno 10 caratteri.");
    browser.pageState("cambia-password");

    browser.open("/area/cambia-password.xhtml");
    browser.type("passwordForm:current", "Sbagliata#2026");
    browser.type("passwordForm:replacement", "Nuova#Pass22");
    browser.type("passwordForm:confirmation", "Nuova#Pass22");
    browser.driver.findElement(By.id("passwordForm:save")).click();

    browser.waitForText("La password attuale non è corretta.");
  }

  /** Issue 15 finding 13a: the CCSE-branded test message could be sent to any address. */
  @Test
  void finding13aTheTestMessageGoesOnlyToTheSignedInStaffMember() throws Exception {
    openSentMailAsBackoffice();
    assertTrue(
        browser.driver.findElements(By.cssSelector("#testForm input:not([type=hidden])")).isEmpty(),
        "no address to type");
    assertEquals(OWN_ADDRESS, browser.driver.findElement(By.id("testRecipient")).getText());
    browser.driver.findElement(By.id("testForm:sendTest")).click();
    browser.waitForText(OWN_ADDRESS + " accodato");
    assertTrue(
        ExternalServices.subjectsOfMailTo(OWN_ADDRESS, 45, 1).stream()
            .anyMatch(subject -> subject.contains("messaggio di prova")));
  }

  @Test
  void mailQueuedWhileSmtpIsDownIsDeliveredOnceWhenItReturns() throws Exception {
    openSentMailAsBackoffice();
    ExternalServices.stopSmtp();
    try {
      for (int i = 0; i < 3; i++) {
        browser.driver.findElement(By.id("testForm:sendTest")).click();
        browser.awaitAjax();
      }
      browser.waitForText(OWN_ADDRESS + " accodato");
      Thread.sleep(12_000); // at least one delivery run fails while the server is down
    } finally {
      ExternalServices.startSmtp();
    }

    assertEquals(
        3,
        ExternalServices.subjectsOfMailTo(OWN_ADDRESS, 60, 3).stream()
            .filter(subject -> subject.contains("messaggio di prova"))
            .count(),
        "each delivered exactly once after SMTP came back (its mailbox starts empty)");
  }

  private void openSentMailAsBackoffice() {
    browser.login("backoffice", "Validatore#2026");
    browser.waitForText("Benvenuto, Validatore CCSE");
    browser.driver.findElement(By.linkText("Back office")).click();
    browser.followMenuItem("Posta inviata");
    browser.waitForText("Messaggio di prova");
  }

  /** Issue 15 finding 5: a cell starting with = reached a CSV export as a live formula. */
  @Test
  void finding5FormulasInExportsAreDefused() throws Exception {
    assumeTrue(browser.canDownload(), "the ajax file upload needs Chromium");
    String formula = "=HYPERLINK(\"https://evil.example\")";
    String extract =
        BatchExtracts.HEADER
            + BatchExtracts.line(CompanyCodes.unique(), "Formula S.r.l.")
                .replace(";10121;", ";\"" + formula.replace("\"", "\"\"") + "\";");
    Path csv = Files.writeString(Files.createTempFile("estratto-formula", ".csv"), extract);

    browser.login("admin", "Amministra#2026");
    browser.waitForText("Benvenuto");
    browser.open("/backoffice/admin/batch.xhtml");
    browser.driver.findElement(By.id("uploadForm:extract_input")).sendKeys(csv.toString());
    browser.waitForText("caricate 1 righe di dati");
    browser.type("batchForm:maxErrorRate", "1");
    browser.driver.findElement(By.id("batchForm:startImport")).click();
    String imported = startedExecution();
    awaitExecution(imported, "scartati 1");
    browser.clickWhenPresent(
        By.xpath(
            "//tbody[contains(@id,'runs')]/tr[td[1][normalize-space(.)='"
                + imported
                + "']]//button[.//span[text()='Righe scartate (CSV)']]"));
    String badRows = Files.readString(browser.downloaded(".csv"));

    assertTrue(badRows.contains(";cap;\"'=HYPERLINK("), badRows);
    assertFalse(badRows.contains("\"=HYPERLINK(") || badRows.contains(";=HYPERLINK("), badRows);
  }

  /** Issue 15 finding 9: opening Notifiche, a GET, marked every notification read. */
  @Test
  void finding9ReadingTheNotificationsMarksNothingUntilAsked() {
    browser.login("operatore", "Demo#Servizi26");
    browser.waitForText("Benvenuto, Mario Rossi");
    browser.open("/area/modifiche.xhtml");
    browser.waitForText("Area modifiche");
    browser.driver.findElement(By.id("areaForm:editCompany")).click();
    browser.waitForElement(By.id("editor:contactPhone"));
    browser.type("editor:contactPhone", "011 " + (1_000_000 + System.nanoTime() % 9_000_000));
    saveEditor();
    browser.driver.findElement(By.id("areaForm:toSummary")).click();
    browser.waitForElement(By.id("summaryForm:pin"));
    browser.signWithPin("258025"); // notifies the company's accounts

    browser.open("/area/notifiche.xhtml");
    browser.waitForElement(By.cssSelector("tr.a-unread"));
    browser.open("/area/notifiche.xhtml");
    assertFalse(
        browser.driver.findElements(By.cssSelector("tr.a-unread")).isEmpty(),
        "still unread after the page was read twice");
    assertFalse(
        browser.driver.findElements(By.id("headerForm:unreadCount")).isEmpty(),
        "the bell still counts them");
    browser.pageState("notifiche-da-leggere");

    browser.driver.findElement(By.id("notificationsForm:markAllRead")).click();
    browser.waitForGone(By.id("notificationsForm:markAllRead"));
    browser.waitForElement(By.id("notifications"));
    assertTrue(browser.driver.findElements(By.cssSelector("tr.a-unread")).isEmpty());
    assertTrue(
        browser.driver.findElements(By.id("headerForm:unreadCount")).isEmpty(), "the bell at 0");
  }

  /** Issue 15 finding 6: a 50 MB upload was read whole, and kept, before any check. */
  @Test
  void finding6AnUploadLargerThanItsPageAcceptsIsRefusedBeforeItIsRead() throws Exception {
    var url = URI.create(browser.url("/login.xhtml"));
    try (var socket = new Socket(url.getHost(), url.getPort())) {
      socket.setSoTimeout(20_000);
      socket
          .getOutputStream()
          .write(
              ("POST "
                      + url.getPath()
                      + " HTTP/1.1\r\nHost: "
                      + url.getAuthority()
                      + "\r\nContent-Type: multipart/form-data; boundary=b"
                      + "\r\nContent-Length: "
                      + (50 << 20)
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      var answer =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));

      assertTrue(answer.readLine().startsWith("HTTP/1.1 413"), "answered with no byte of body");
    }
  }

  /** Issue 15 finding 13c: an upload without PrimeFaces' file count logged an exception. */
  @Test
  void finding13cAnUploadWithoutItsFileCountIsABadRequest() throws Exception {
    browser.login("backoffice", "Validatore#2026");
    browser.waitForText("Benvenuto, Validatore CCSE");
    browser.open("/backoffice/operatori-storici.xhtml");
    String viewState =
        browser.driver.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
    String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();

    assertEquals(400, postUpload(session, viewState, false));
    assertEquals(200, postUpload(session, viewState, true), "the same upload with its count");
  }

  /** The legacy import's upload as PrimeFaces posts it: a header without data lines. */
  private int postUpload(String session, String viewState, boolean withCount) throws Exception {
    var fields = new StringBuilder();
    for (String[] field :
        new String[][] {
          {"importForm", "importForm"},
          {"jakarta.faces.ViewState", viewState},
          {"jakarta.faces.partial.ajax", "true"},
          {"jakarta.faces.partial.execute", "importForm:file"},
          {"jakarta.faces.source", "importForm:file"},
          {"importForm:file_totalFilesCount", withCount ? "1" : null}
        }) {
      if (field[1] != null) {
        fields.append("--b\r\nContent-Disposition: form-data; name=\"").append(field[0]);
        fields.append("\"\r\n\r\n").append(field[1]).append("\r\n");
      }
    }
    String body =
        fields
            + "--b\r\nContent-Disposition: form-data; name=\"importForm:file\";"
            + " filename=\"vuoto.csv\"\r\nContent-Type: text/csv\r\n\r\n"
            + "codice_fiscale;partita_iva\r\n--b--\r\n";
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(browser.url("/backoffice/operatori-storici.xhtml")))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .header("Faces-Request", "partial/ajax")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(browser.url("/login.xhtml"))).build(),
                HttpResponse.BodyHandlers.discarding());

    var headers = response.headers();
    assertTrue(
        headers
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("frame-ancestors 'none'"));
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""));
    assertTrue(headers.firstValue("Server").isEmpty(), "the server does not advertise itself");
  }

  /** Issue 15 finding 7: each was a 500 with a SEVERE stack trace in the log, for anyone. */
  @Test
  void finding7AMalformedEmptyOrUnknownViewStateIsTheExpiredPageNotA500() throws Exception {
    long logged = serverLogSize();
    for (String viewState : new String[] {"not-a-view-state", "", "123:456", "stateless"}) {
      var response = postViewState("/login.xhtml", viewState);

      assertEquals(400, response.statusCode(), "view state '" + viewState + "'");
      assertTrue(response.body().contains("Sessione scaduta"), response.body());
      assertFalse(response.body().contains(".java:"), "no stack trace");
    }
    assertNoTraceLoggedSince(
        logged, "RestoreViewPhase", "ViewExpiredException", "IndexOutOfBounds");
  }

  /** Issue 15 finding 7: a POST to a page that does not exist was a 500. */
  @Test
  void finding7BPostToAnUnknownViewIsNotFound() throws Exception {
    long logged = serverLogSize();
    for (String viewState : new String[] {null, "not-a-view-state", "123:456"}) {
      var response = postViewState("/non-esiste.xhtml", viewState);

      assertEquals(404, response.statusCode(), "view state '" + viewState + "'");
      assertTrue(response.body().contains("Pagina non trovata"), response.body());
    }
    assertNoTraceLoggedSince(
        logged, "RestoreViewPhase", "ViewExpiredException", "IndexOutOfBounds");
  }

  /** Issue 15 finding 8: web.xml's SameSite attribute was not applied by Payara. */
  @Test
  void finding8ASessionCookieIsSameSiteLax() throws Exception {
    var response = get(HttpClient.newHttpClient(), browser.url("/login.xhtml"));

    String cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(value -> value.startsWith("JSESSIONID="))
            .findFirst()
            .orElse("");
    String attributes = cookie.toLowerCase(Locale.ROOT).replace(" ", "");
    assertTrue(attributes.contains(";samesite=lax"), cookie);
    assertTrue(attributes.contains(";httponly"), cookie);
  }

  /** Issue 15 finding 8: the HTTPS and admin listeners still named Payara and its version. */
  @Test
  void finding8BNoListenerNamesTheServer() throws Exception {
    int http = Integer.getInteger("it.http.port", 20180);
    var tls = HttpClient.newBuilder().sslContext(trustingAnyCertificate()).build();
    var answers =
        List.of(
            get(HttpClient.newHttpClient(), browser.url("/login.xhtml")),
            // The HTTPS listener is portbase + 81, the HTTP one portbase + 80.
            get(tls, "https://localhost:" + (http + 1) + "/anagrafica/login.xhtml"),
            get(
                HttpClient.newHttpClient(),
                "http://localhost:"
                    + Integer.getInteger("it.admin.port", 20148)
                    + "/management/domain"));

    for (var response : answers) {
      assertTrue(response.headers().firstValue("Server").isEmpty(), response.uri() + ": Server");
      assertTrue(
          response.headers().firstValue("X-Powered-By").isEmpty(),
          response.uri() + ": X-Powered-By");
    }
    assertTrue(answers.get(1).headers().firstValue("Strict-Transport-Security").isPresent());
  }

  /** Issue 15 finding 8: Payara's welcome page, the SMTP host in /health/ready, public /metrics. */
  @Test
  void finding8CServerRootHealthAndMetricsTellNothing() throws Exception {
    String server = "http://localhost:" + Integer.getInteger("it.http.port", 20180);
    var client = HttpClient.newHttpClient();

    var root = get(client, server + "/");
    assertFalse(root.body().contains("Payara"), root.body());
    assertTrue(root.body().contains("/anagrafica/"), root.body());
    var ready = get(client, server + "/health/ready");
    assertFalse(ready.body().toLowerCase(Locale.ROOT).contains("smtp"), ready.body());
    assertFalse(ready.body().contains(System.getProperty("it.smtp.port", "25025")), ready.body());
    assertNotEquals(200, get(client, server + "/metrics").statusCode(), "metrics are not public");
  }

  /**
   * Issue 15 finding 8: no eval in the script policy; a client's X-Forwarded-Proto is believed only
   * when the portal is configured to be behind a TLS proxy (not in the test domain).
   */
  @Test
  void finding8DCspAllowsNoEvalAndAForgedForwardedProtoGetsNoHsts() throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(browser.url("/login.xhtml")))
                    .header("X-Forwarded-Proto", "https")
                    .build(),
                HttpResponse.BodyHandlers.discarding());

    String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'"), csp);
    assertFalse(csp.contains("unsafe-eval"), csp);
    assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty());
  }

  private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A full form post with only a view state (none when null), as anyone can send it. */
  private HttpResponse<String> postViewState(String path, String viewState) throws Exception {
    String body =
        viewState == null
            ? "q=1"
            : "jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(browser.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** The test domain's certificate is self-signed and names the machine, not localhost. */
  private static SSLContext trustingAnyCertificate() throws Exception {
    var anyCertificate =
        new X509ExtendedTrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkClientTrusted(X509Certificate[] chain, String type, Socket socket) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String type, Socket socket) {}

          @Override
          public void checkClientTrusted(X509Certificate[] chain, String type, SSLEngine engine) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String type, SSLEngine engine) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {anyCertificate}, null);
    return context;
  }

  private static Path serverLog() {
    return Path.of(
        System.getProperty("it.payara.home"),
        "glassfish",
        "domains",
        System.getProperty("it.domain"),
        "logs",
        "server.log");
  }

  private static long serverLogSize() throws Exception {
    return Files.size(serverLog());
  }

  /**
   * None of the traces in what the server logged after {@code offset} (from the start if rotated).
   */
  private static void assertNoTraceLoggedSince(long offset, String... traces) throws Exception {
    Thread.sleep(2000); // Payara writes its log asynchronously.
    byte[] log = Files.readAllBytes(serverLog());
    int from = log.length >= offset ? (int) offset : 0;
    String since = new String(log, from, log.length - from, StandardCharsets.UTF_8);
    for (String trace : traces) {
      assertFalse(since.contains(trace), "the server log mentions " + trace + ":\n" + since);
    }
  }

  /**
   * Issue 15 faults: two browsers change the same price; the second save is refused with the
   * optimistic-lock message and the first one's amount stays (then the original is put back).
   */
  @Test
  void faultsTwoBrowsersChangingTheSamePriceTheSecondIsToldAndNothingIsLost() {
    String amount = "pricesForm:prices:0:amount_input";
    By save = By.xpath("//tbody[@id='pricesForm:prices_data']/tr[1]//button");
    try (var other = new Browser()) {
      for (var b : List.of(browser, other)) {
        b.login("backoffice", "Validatore#2026");
        b.waitForText("Validatore CCSE");
        b.open("/backoffice/listino.xhtml");
      }
      String original = browser.driver.findElement(By.id(amount)).getAttribute("value");
      String first = original.startsWith("12,34") ? "43,21" : "12,34";

      browser.typeNumber(amount, first);
      browser.driver.findElement(save).click();
      browser.waitForText("Importo aggiornato");
      other.typeNumber(amount, "56,78");
      other.driver.findElement(save).click();
      other.waitForText("Il listino è stato modificato da un altro utente");
      other.pageState("faults-optimistic-lock");
      other.open("/backoffice/listino.xhtml");

      assertEquals(first + " €", other.driver.findElement(By.id(amount)).getAttribute("value"));
      other.typeNumber(amount, original.replace(" €", ""));
      other.driver.findElement(save).click();
      other.waitForText("Importo aggiornato");
    }
  }

  @Test
  void unknownAddressShowsTheNotFoundPageWithoutStackTrace() {
    browser.open("/non-esiste.xhtml");

    assertTrue(browser.text().contains("Pagina non trovata"), browser.text());
    String source = browser.driver.getPageSource();
    assertFalse(source.contains(".java:") || source.contains("Caused by"), "no stack trace");
  }

  /**
   * Issue 15 finding 4: the fifth failure from one browser delays the next attempt there, no longer
   * locks the account; the holder is warned once. Last: it delays the demo administrator, whom the
   * batch console test needs.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void finding4RepeatedWrongPasswordsDelayTheNextAttemptAndTheHolderGetsAnEmail() throws Exception {
    for (int i = 0; i < 4; i++) {
      browser.login("admin", "wrong-" + i);
      browser.waitForText("Nome utente o password non corretti");
    }
    browser.login("admin", "wrong-5");
    browser.waitForText("Troppi tentativi non riusciti. Riprova tra");
    browser.pageState("lockout");

    // The outbox timer delivers every 10 seconds.
    long deadline = System.currentTimeMillis() + 45_000;
    boolean delivered = false;
    while (!delivered && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
      MimeMessage[] received =
          ExternalServices.smtp().getReceivedMessagesForDomain("ccse.localhost");
      delivered = Arrays.stream(received).anyMatch(PortalIT::isLockWarningForAdmin);
    }
    assertTrue(delivered, "a lock-out warning for admin@ccse.localhost reached the SMTP server");
  }

  private static boolean isLockWarningForAdmin(MimeMessage message) {
    try {
      return message.getSubject().contains("accesso temporaneamente bloccato")
          && message.getAllRecipients()[0].toString().equals("admin@ccse.localhost");
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }
}
