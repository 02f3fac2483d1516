package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.accounts.application.AuthenticationResult;
import it.ccse.anagrafica.accounts.application.AuthenticationService;
import it.ccse.anagrafica.accounts.application.CredentialsService;
import it.ccse.anagrafica.company.application.CompanyDataService;
import it.ccse.anagrafica.company.application.ImportedOperator;
import it.ccse.anagrafica.company.application.LegacyImport;
import it.ccse.anagrafica.company.application.LegacyImportReport;
import it.ccse.anagrafica.company.application.LegacyImportReport.Outcome;
import it.ccse.anagrafica.company.application.LocalUnitLegacyImport;
import it.ccse.anagrafica.file.application.CompanyFileService;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.sectors.application.ActivitySectors;
import it.ccse.anagrafica.sectors.application.SectorDesk;
import it.ccse.anagrafica.sectors.application.SectorLegacyImport;
import it.ccse.anagrafica.sectors.application.SectorViews.ServiceView;
import it.ccse.anagrafica.sectors.domain.SectorField;
import it.ccse.anagrafica.sectors.domain.SectorState;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ON-7 through the real services, PostgreSQL and the SMTP test server: the companies' file, then
 * (issue 19) their sectors with ATOs and banks, the sectors' contacts and the local units, which
 * the operator finds validated after activation. The types and ATOs are V35's samples.
 */
@ExtendWith(ArquillianExtension.class)
class LegacyImportIT {

  private static final String HEADER =
      "codice_fiscale;partita_iva;ragione_sociale;forma_giuridica;indirizzo;civico;cap;comune_istat;"
          + "legale_rappresentante_nome;legale_rappresentante_cognome;"
          + "legale_rappresentante_codice_fiscale;email;pec;telefono;iban;banca";

  private static final String EXAMPLE = "anagrafica-precedente.csv";
  private static final String SECTORS_EXAMPLE = "settori-precedenti.csv";
  private static final String CONTACTS_EXAMPLE = "contatti-precedenti.csv";
  private static final String UNITS_EXAMPLE = "unita-locali-precedenti.csv";

  private static final String SECTORS =
      "codice_fiscale;id_settore;tipologia;servizi;data_inizio;natura_giuridica;ato;iban;banca;note";
  private static final String CONTACTS =
      "codice_fiscale;id_settore;nome;cognome;ruolo;telefono;email";
  private static final String UNITS =
      "codice_fiscale;id_unita;nome;indirizzo;civico;cap;comune_istat;ula";
  private static final String OWN_IBAN = "IT75X0306909606100000063018";

  @Deployment
  static EnterpriseArchive deployment() {
    var ear = Deployments.earWithStaffCaller(LegacyImportIT.class, CompanyCodes.class);
    var war = ear.getAsType(WebArchive.class, "web.war");
    for (String example : List.of(EXAMPLE, SECTORS_EXAMPLE, CONTACTS_EXAMPLE, UNITS_EXAMPLE)) {
      war.addAsResource(new File("../docs/examples/" + example), example);
    }
    return ear;
  }

  @Inject private LegacyImport legacyImport;
  @Inject private StaffCaller staff;
  @Inject private CredentialsService credentials;
  @Inject private AuthenticationService authentication;
  @Inject private CompanyDataService companyData;
  @Inject private OutboxService outbox;
  @Inject private SectorLegacyImport sectorImport;
  @Inject private LocalUnitLegacyImport localUnitImport;
  @Inject private ActivitySectors sectors;
  @Inject private SectorDesk sectorDesk;
  @Inject private CompanyFileService files;

  @Test
  void on7ImportsValidLinesReportsTheOthersAndIsSafeToRepeat() {
    var first = company();
    var second = company();
    String file =
        String.join(
            "\n",
            HEADER,
            first.line(),
            second.line(),
            company().line().replaceFirst("^\\d{11}", "12345678901"),
            company().line().replace(";001272;", ";999999;"),
            company().line().replace(";SRL;", ";SOCIETA;"),
            first.line().replace(first.email(), "altro-" + first.email()),
            "solo;tre;colonne");

    LegacyImportReport report = staff.call(() -> legacyImport.importOperators(bytes(file)));

    assertEquals(
        List.of(
            Outcome.IMPORTED,
            Outcome.IMPORTED,
            Outcome.REJECTED,
            Outcome.REJECTED,
            Outcome.REJECTED,
            Outcome.REJECTED,
            Outcome.REJECTED),
        report.lines().stream().map(LegacyImportReport.Line::outcome).toList());
    var rejected = report.rejected();
    assertEquals(4, rejected.get(0).number(), "header is line 1");
    assertEquals("codice_fiscale", rejected.get(0).column());
    assertEquals("comune_istat", rejected.get(1).column());
    assertEquals("validation.address.comuneUnknown", rejected.get(1).messageKey());
    assertEquals("legacyImport.legalForm", rejected.get(2).messageKey());
    assertEquals("legacyImport.duplicateInFile", rejected.get(3).messageKey());
    assertEquals(List.of("2"), rejected.get(3).arguments());
    assertEquals("legacyImport.columnCount", rejected.get(4).messageKey());

    var again = staff.call(() -> legacyImport.importOperators(bytes(file)));
    assertEquals(2, again.count(Outcome.ALREADY_PRESENT), "nothing imported twice");
    assertEquals(0, again.count(Outcome.IMPORTED));
  }

  @Test
  void on7InvitedOperatorsActivateAndFindTheirRecordedDataValidated() {
    var company = company();
    staff.call(() -> legacyImport.importOperators(bytes(HEADER + "\n" + company.line())));
    ImportedOperator imported = find(company.codiceFiscale());
    assertEquals(null, imported.invitedAt(), "nobody is written to before Invita");

    var invited = staff.call(() -> legacyImport.invite(List.of(company.codiceFiscale())));

    assertEquals(1, invited.sent());
    assertNotNull(find(company.codiceFiscale()).invitedAt());
    String link =
        outbox.page(0, 50).stream()
            .filter(m -> m.recipient().equals(company.email()))
            .findFirst()
            .orElseThrow()
            .links()
            .get(0);
    credentials.activate(
        link.substring(link.indexOf("token=") + 6),
        "Storico#Attivo26".toCharArray(),
        "582931".toCharArray());
    assertEquals(
        AuthenticationResult.Outcome.AUTHENTICATED,
        authentication
            .authenticate(company.codiceFiscale(), "Storico#Attivo26".toCharArray(), "192.0.2.1")
            .outcome());
    assertTrue(companyData.isValidated(company.codiceFiscale()));
    var data = companyData.open(company.codiceFiscale()).data();
    assertEquals(company.name(), data.getRagioneSociale());
    assertEquals("TO", data.getProvinceSigla());
    assertEquals("01", data.getRegionCode());
    assertEquals("IT60X0542811101000000123456", data.getBankAccount().getIban());
    assertEquals(
        0,
        staff.call(() -> legacyImport.invite(List.of(company.codiceFiscale()))).sent(),
        "an active operator is not invited again");
  }

  @Test
  void on7TheDocumentedExampleImportsAsTheDocumentationSays() throws IOException {
    byte[] example;
    try (var in = getClass().getClassLoader().getResourceAsStream(EXAMPLE)) {
      example = in.readAllBytes();
    }

    var report = staff.call(() -> legacyImport.importOperators(example));

    assertEquals(
        List.of(Outcome.REJECTED, Outcome.REJECTED),
        report.lines().subList(2, 4).stream().map(LegacyImportReport.Line::outcome).toList());
    assertEquals(
        0,
        report.lines().subList(0, 2).stream().filter(l -> l.outcome() == Outcome.REJECTED).count(),
        () -> report.rejected().toString());
  }

  @Test
  void on7AFileWithoutTheRequiredColumnsIsRefusedWhole() {
    var wrapped =
        assertThrows(
            EJBException.class,
            () -> staff.call(() -> legacyImport.importOperators(bytes("codice_fiscale\n1\n"))),
            "StaffCaller lives outside the EJB module that declares it an application exception");
    var refused = assertInstanceOf(InvalidFieldException.class, wrapped.getCause());
    assertEquals("file", refused.field());
    assertEquals("legacyImport.missingColumns", refused.messageKey());
  }

  @Test
  void on7OnlyStaffImportsOrInvites() {
    assertThrows(EJBAccessException.class, () -> legacyImport.importOperators(bytes(HEADER)));
    assertThrows(EJBAccessException.class, () -> legacyImport.invite(List.of("x")));
  }

  @Test
  void on7SectorsContactsAndLocalUnitsComeInValidatedAndTheOperatorFindsThem() {
    var company = company();
    String cf = company.codiceFiscale();
    staff.call(() -> legacyImport.importOperators(bytes(HEADER + "\n" + company.line())));
    String water =
        cf
            + ";W-1;SERVIZIO_IDRICO;ACQUEDOTTO,FOGNATURA;15/03/2004;SOCIETA_DI_CAPITALI;"
            + "ACQUEDOTTO:PIE-3,ACQUEDOTTO:LOM-MI,FOGNATURA:PIE-3;"
            + OWN_IBAN
            + ";Banca del settore;Dall’archivio precedente";
    String sectorsFile =
        String.join(
            "\n",
            SECTORS,
            water,
            cf + ";G-1;GAS_NATURALE;VENDITA;2010-01-01;ALTRO;VENDITA:PIE-3;;;",
            cf + ";W-2;SERVIZIO_IDRICO;ACQUEDOTTO;2004-03-15;ALTRO;ACQUEDOTTO:PIE-9;;;",
            cf + ";W-1;SERVIZIO_IDRICO;ACQUEDOTTO;2004-03-15;ALTRO;ACQUEDOTTO:PIE-3;;;",
            CompanyCodes.unique() + ";X-1;GAS_NATURALE;VENDITA;2010-01-01;ALTRO;;;;");
    String contactsFile =
        String.join(
            "\n",
            CONTACTS,
            cf + ";W-1;Anna;Bianchi;Responsabile tecnico;011 555 1234;anna@example.org",
            cf + ";W-1;Luca;Neri;Referente;;",
            cf + ";G-1;Paolo;Verdi;Referente;;paolo@example.org");
    String unitsFile =
        String.join(
            "\n",
            UNITS,
            cf + ";U-1;Deposito Nord;Via Cigna;96;10152;001272;12",
            cf + ";U-2;Magazzino;Via Dante;1;20121;001272;2");

    var sectorsReport = staff.call(() -> sectorImport.importSectors(bytes(sectorsFile)));
    var contactsReport = staff.call(() -> sectorImport.importContacts(bytes(contactsFile)));
    var unitsReport = staff.call(() -> localUnitImport.importLocalUnits(bytes(unitsFile)));

    assertEquals(
        List.of(
            Outcome.IMPORTED,
            Outcome.REJECTED,
            Outcome.REJECTED,
            Outcome.REJECTED,
            Outcome.REJECTED),
        outcomes(sectorsReport));
    assertEquals(
        List.of(
            "ato sector.ato.waterOnly",
            "ato legacyImport.atoUnknown",
            "id_settore legacyImport.duplicateInFile",
            "codice_fiscale legacyImport.companyUnknown"),
        reasons(sectorsReport));
    assertEquals(
        List.of(Outcome.IMPORTED, Outcome.REJECTED, Outcome.REJECTED), outcomes(contactsReport));
    assertEquals(
        List.of("telefono sector.contact.phoneOrEmail", "id_settore legacyImport.sectorUnknown"),
        reasons(contactsReport));
    assertEquals(List.of(Outcome.IMPORTED, Outcome.REJECTED), outcomes(unitsReport));
    assertEquals(List.of("cap validation.address.capNotOfComune"), reasons(unitsReport));

    var sectorsAgain = staff.call(() -> sectorImport.importSectors(bytes(sectorsFile)));
    assertEquals(1, sectorsAgain.count(Outcome.ALREADY_PRESENT), "nothing imported twice");
    assertEquals(0, sectorsAgain.count(Outcome.IMPORTED));
    var contactsAgain = staff.call(() -> sectorImport.importContacts(bytes(contactsFile)));
    assertEquals(1, contactsAgain.count(Outcome.ALREADY_PRESENT));
    var unitsAgain = staff.call(() -> localUnitImport.importLocalUnits(bytes(unitsFile)));
    assertEquals(1, unitsAgain.count(Outcome.ALREADY_PRESENT));

    activate(company);

    var found = sectors.list(cf, null);
    assertEquals(1, found.size(), "one sector, imported once");
    var sector = found.get(0);
    assertEquals(SectorState.VALIDATED, sector.state());
    assertEquals(List.of(), sector.missing(), "validated without a self-certification");
    assertEquals(
        List.of("ACQUEDOTTO", "FOGNATURA"),
        sector.services().stream().map(ServiceView::code).toList());
    assertEquals(
        List.of("ACQUEDOTTO PIE-3 01", "ACQUEDOTTO LOM-MI 03", "FOGNATURA PIE-3 01"),
        sector.atos().stream()
            .map(a -> a.serviceCode() + " " + a.atoCode() + " " + a.regionCode())
            .toList());
    assertTrue(sector.ownBank());
    assertEquals(OWN_IBAN, sector.iban());
    assertEquals("Banca del settore", sector.bankName());
    assertEquals(LocalDate.of(2004, 3, 15), sector.startDate());
    assertEquals(
        List.of("Anna Bianchi"),
        sector.contacts().stream().map(c -> c.name() + " " + c.surname()).toList());
    var unit = files.current(cf, null).sites().stream().filter(s -> !s.registeredOffice()).toList();
    assertEquals(1, unit.size());
    assertEquals("Deposito Nord", unit.get(0).name());
    assertEquals("10152", unit.get(0).cap());
    assertEquals("TO", unit.get(0).provinceSigla());
    assertEquals(12, unit.get(0).employees());

    // AD-1: the operator's first change is compared with the version the legacy registry validated.
    var changed = sectors.resetBank(cf, null, sector.id(), sector.version());
    var sent =
        sectors.attachSelfCertification(
            cf, null, sector.id(), "autocertificazione.pdf", TestPdf.stream("Autocertificazione"));
    sectors.submit(cf, null, sector.id(), sent.version());
    var queued = staff.call(() -> sectorDesk.find(sector.id()));
    assertTrue(queued.validatedBefore());
    assertEquals(SectorState.SAVED, changed.state());
    assertEquals(
        List.of(SectorField.BANK, SectorField.SELF_CERTIFICATION),
        queued.differences().stream().map(SectorField.Difference::field).toList());

    var afterActivation =
        staff.call(
            () ->
                sectorImport.importSectors(
                    bytes(
                        SECTORS
                            + "\n"
                            + water
                            + "\n"
                            + cf
                            + ";G-2;GAS_NATURALE;VENDITA;2010-01-01;ALTRO;;;;")));
    assertEquals(
        List.of(Outcome.ALREADY_PRESENT, Outcome.REJECTED),
        outcomes(afterActivation),
        "an active operator enters new data in the portal");
    assertEquals(List.of("codice_fiscale legacyImport.companyActivated"), reasons(afterActivation));
  }

  @Test
  void on7ARefusedSectorsFileSavesNothing() {
    var company = company();
    staff.call(() -> legacyImport.importOperators(bytes(HEADER + "\n" + company.line())));
    String file =
        SECTORS
            + "\n"
            + company.codiceFiscale()
            + ";G-1;GAS_NATURALE;VENDITA;2010-01-01;ALTRO;;;;Però"
            + "\n";

    var wrapped =
        assertThrows(
            EJBException.class,
            () ->
                staff.call(
                    () -> sectorImport.importSectors(file.getBytes(StandardCharsets.ISO_8859_1))));
    assertEquals(
        "legacyImport.notUtf8",
        assertInstanceOf(InvalidFieldException.class, wrapped.getCause()).messageKey());
    var noKey =
        assertThrows(
            EJBException.class,
            () ->
                staff.call(
                    () -> localUnitImport.importLocalUnits(bytes(UNITS.replace("id_unita;", "")))));
    assertEquals(
        "legacyImport.missingColumns",
        assertInstanceOf(InvalidFieldException.class, noKey.getCause()).messageKey());

    var report = staff.call(() -> sectorImport.importSectors(bytes(file)));

    assertEquals(List.of(Outcome.IMPORTED), outcomes(report), "nothing was kept of the refusal");
  }

  @Test
  void on7TheDocumentedExamplesOfSectorsContactsAndUnitsImportAsTheDocumentationSays()
      throws IOException {
    staff.call(() -> legacyImport.importOperators(resource(EXAMPLE)));

    var sectorsReport = staff.call(() -> sectorImport.importSectors(resource(SECTORS_EXAMPLE)));
    var contactsReport = staff.call(() -> sectorImport.importContacts(resource(CONTACTS_EXAMPLE)));
    var unitsReport = staff.call(() -> localUnitImport.importLocalUnits(resource(UNITS_EXAMPLE)));

    assertEquals(
        List.of("ato sector.ato.waterOnly", "ato sector.ato.required"), reasons(sectorsReport));
    assertEquals(
        List.of("telefono sector.contact.phoneOrEmail", "id_settore legacyImport.sectorUnknown"),
        reasons(contactsReport));
    assertEquals(List.of("cap validation.address.capNotOfComune"), reasons(unitsReport));
    for (var report : List.of(sectorsReport, contactsReport, unitsReport)) {
      assertEquals(
          0,
          report.lines().subList(0, 2).stream()
              .filter(l -> l.outcome() == Outcome.REJECTED)
              .count(),
          () -> report.rejected().toString());
    }
  }

  @Test
  void on7OnlyStaffImportsSectorsContactsAndUnits() {
    assertThrows(EJBAccessException.class, () -> sectorImport.importSectors(bytes(SECTORS)));
    assertThrows(EJBAccessException.class, () -> sectorImport.importContacts(bytes(CONTACTS)));
    assertThrows(EJBAccessException.class, () -> localUnitImport.importLocalUnits(bytes(UNITS)));
  }

  /** "Invita", then the operator activates through the e-mailed link (ON-3). */
  private void activate(LegacyCompany company) {
    staff.call(() -> legacyImport.invite(List.of(company.codiceFiscale())));
    String link =
        outbox.page(0, 50).stream()
            .filter(m -> m.recipient().equals(company.email()))
            .findFirst()
            .orElseThrow()
            .links()
            .get(0);
    credentials.activate(
        link.substring(link.indexOf("token=") + 6),
        "Storico#Attivo26".toCharArray(),
        "582931".toCharArray());
  }

  private static List<Outcome> outcomes(LegacyImportReport report) {
    return report.lines().stream().map(LegacyImportReport.Line::outcome).toList();
  }

  /** Each rejected line as its column and message key. */
  private static List<String> reasons(LegacyImportReport report) {
    return report.rejected().stream().map(l -> l.column() + " " + l.messageKey()).toList();
  }

  private byte[] resource(String name) {
    try (var in = getClass().getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ImportedOperator find(String username) {
    return staff.call(() -> legacyImport.importedOperators(username, 0, 10)).stream()
        .filter(o -> o.username().equals(username))
        .findFirst()
        .orElseThrow();
  }

  private record LegacyCompany(String codiceFiscale, String name, String email) {
    String line() {
      return String.join(
          ";",
          codiceFiscale,
          codiceFiscale,
          name,
          "SRL",
          "Via Garibaldi",
          "7",
          "10122",
          "001272",
          "Maria",
          "Bianchi",
          "BNCMRA80A41L219W",
          email,
          "pec-" + email.replace("@example.org", "@pec.example.org"),
          "011 555 1234",
          "IT60 X054 2811 1010 0000 0123 456",
          "Banca di prova");
    }
  }

  private static LegacyCompany company() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return new LegacyCompany(
        CompanyCodes.unique(), "Storica " + tag + " S.p.A.", "storica-" + tag + "@example.org");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
