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
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ON-7 through the real services, PostgreSQL and the SMTP test server. */
@ExtendWith(ArquillianExtension.class)
class LegacyImportIT {

  private static final String HEADER =
      "codice_fiscale;partita_iva;ragione_sociale;forma_giuridica;indirizzo;civico;cap;comune_istat;"
          + "legale_rappresentante_nome;legale_rappresentante_cognome;"
          + "legale_rappresentante_codice_fiscale;email;pec;telefono;iban;banca";

  private static final String EXAMPLE = "anagrafica-precedente.csv";

  @Deployment
  static EnterpriseArchive deployment() {
    var ear = Deployments.earWithStaffCaller(LegacyImportIT.class, CompanyCodes.class);
    ear.getAsType(WebArchive.class, "web.war")
        .addAsResource(new File("../docs/examples/anagrafica-precedente.csv"), EXAMPLE);
    return ear;
  }

  @Inject private LegacyImport legacyImport;
  @Inject private StaffCaller staff;
  @Inject private CredentialsService credentials;
  @Inject private AuthenticationService authentication;
  @Inject private CompanyDataService companyData;
  @Inject private OutboxService outbox;

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
