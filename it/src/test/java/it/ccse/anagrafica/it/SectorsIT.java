package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import it.ccse.anagrafica.accounts.application.AccountService;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.company.application.CompanyService;
import it.ccse.anagrafica.company.application.NewCompany;
import it.ccse.anagrafica.documents.application.TemplateFormat;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.sectors.application.ActivitySectors;
import it.ccse.anagrafica.sectors.application.AtoCsv;
import it.ccse.anagrafica.sectors.application.AtoImport;
import it.ccse.anagrafica.sectors.application.SectorDesk;
import it.ccse.anagrafica.sectors.application.SectorTemplates;
import it.ccse.anagrafica.sectors.application.SectorTypes;
import it.ccse.anagrafica.sectors.application.SectorViews.AtoChoice;
import it.ccse.anagrafica.sectors.application.SectorViews.AtoLine;
import it.ccse.anagrafica.sectors.application.SectorViews.ContactDetails;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorDetails;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorView;
import it.ccse.anagrafica.sectors.domain.LegalNature;
import it.ccse.anagrafica.sectors.domain.SectorField;
import it.ccse.anagrafica.sectors.domain.SectorState;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19 on Payara with PostgreSQL: a water sector with its services and the ATOs of two regions
 * (SE-2, SE-3, SE-7), validatable only with contacts and self-certification (SE-8, CO-1), paid on
 * its own account or the company's (BK-1), for a validated company only (SE-1). The types and ATOs
 * are V35's samples. SE-5: the self-certification template, filled and fillable, of the caller's
 * sector only.
 */
@ExtendWith(ArquillianExtension.class)
class SectorsIT {

  private static final String WATER = "SERVIZIO_IDRICO";
  private static final String OWN_IBAN = "IT75X0306909606100000063018";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithStaffCaller(
        SectorsIT.class, CompanyCodes.class, ValidatedCompanies.class);
  }

  @Inject private ActivitySectors sectors;
  @Inject private ValidatedCompanies validated;
  @Inject private AtoImport atoImport;
  @Inject private SectorDesk desk;
  @Inject private SectorTypes types;
  @Inject private OutboxService outbox;
  @Inject private StaffCaller staff;
  @Inject private CompanyService companies;
  @Inject private AccountService accounts;
  @Inject private SectorTemplates templates;

  @Test
  void se2CcseMaintainsTheTypesTheCompaniesChooseFrom() {
    String code = "RIFIUTI_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertThrows(Exception.class, () -> types.create(code, "Rifiuti", false), "staff only");

    var created = staff.call(() -> types.create(code, "Gestione rifiuti", false));
    var withService =
        staff.call(() -> types.addService(code, created.version(), "RACCOLTA", "Raccolta"));

    assertTrue(
        sectors.references().types().stream()
            .anyMatch(
                t ->
                    t.code().equals(code)
                        && t.services().stream().anyMatch(s -> s.label().equals("Raccolta"))));
    assertEquals(
        "sectorType.changed",
        StaffCaller.refusal(
            assertThrows(
                RuntimeException.class,
                () -> staff.call(() -> types.rename(code, created.version(), "Rifiuti urbani")))));
    assertEquals(
        "sectorType.duplicate",
        StaffCaller.refusal(
            assertThrows(
                RuntimeException.class,
                () -> staff.call(() -> types.create(code, "Altro", false)))));
    staff.call(() -> types.activate(code, withService.version(), false));
    assertTrue(sectors.references().types().stream().noneMatch(t -> t.code().equals(code)));
  }

  @Test
  void se3AWaterSectorWithTwoServicesAndAtosOfTwoRegionsIsSaved() {
    String operator = validated.withOperator();
    assertTrue(sectors.isAvailable(operator, null));
    assertTrue(
        sectors.references().types().stream().anyMatch(t -> t.code().equals(WATER) && t.water()));
    assertEquals(4, sectors.atos("01").size());
    assertEquals(3, sectors.atos("03").size());

    var saved = water(operator);

    assertEquals(SectorState.SAVED, saved.state());
    assertEquals("Servizio idrico integrato", saved.typeLabel());
    assertTrue(saved.servicesFixed());
    assertEquals(
        List.of("Acquedotto PIE-3 01", "Acquedotto LOM-MI 03", "Fognatura PIE-3 01"),
        saved.atos().stream().map(SectorsIT::line).toList());
    assertEquals(
        List.of(saved.id()), sectors.list(operator, null).stream().map(SectorView::id).toList());
    var more =
        sectors.addAto(
            operator, null, saved.id(), saved.version(), new AtoChoice("FOGNATURA", "LOM-BG"));
    assertEquals(4, more.atos().size());
    var stale =
        assertThrows(
            ConflictException.class,
            () ->
                sectors.removeAto(
                    operator,
                    null,
                    saved.id(),
                    saved.version(),
                    new AtoChoice("FOGNATURA", "LOM-BG")));
    assertEquals("sector.stateChanged", stale.messageKey());
  }

  @Test
  void se7NoServiceIsAddedToAWaterSectorOnceSaved() {
    String operator = validated.withOperator();
    var saved = water(operator);

    var refused =
        assertThrows(
            InvalidFieldException.class,
            () ->
                sectors.save(
                    operator,
                    null,
                    saved.id(),
                    saved.version(),
                    details(
                        List.of("ACQUEDOTTO", "FOGNATURA", "DEPURAZIONE"),
                        List.of(
                            new AtoChoice("ACQUEDOTTO", "PIE-3"),
                            new AtoChoice("FOGNATURA", "PIE-3"),
                            new AtoChoice("DEPURAZIONE", "PIE-3")))));

    assertEquals("sector.waterServicesFixed", refused.messageKey());
    assertEquals(
        2, sectors.find(operator, null, saved.id()).services().size(), "nothing was changed");
  }

  @Test
  void se8NotValidatableUntilContactsAreCompleteThenSubmitted() {
    String operator = validated.withOperator();
    var saved = water(operator);
    assertFalse(saved.validatable());
    assertEquals(
        List.of("sector.missing.contact", "sector.missing.selfCertification"), saved.missing());
    assertThrows(
        InvalidValueException.class,
        () -> sectors.submit(operator, null, saved.id(), saved.version()));

    var incomplete =
        assertThrows(
            InvalidFieldException.class,
            () ->
                sectors.addContact(
                    operator,
                    null,
                    saved.id(),
                    saved.version(),
                    new ContactDetails("Anna", "Bianchi", "Responsabile", null, null)));
    assertEquals("sector.contact.phoneOrEmail", incomplete.messageKey());
    var withContact =
        sectors.addContact(
            operator,
            null,
            saved.id(),
            saved.version(),
            new ContactDetails("Anna", "Bianchi", "Responsabile", "011 123456", null));
    assertEquals(List.of("sector.missing.selfCertification"), withContact.missing());
    var certified =
        sectors.attachSelfCertification(
            operator,
            null,
            saved.id(),
            "autocertificazione.pdf",
            TestPdf.stream("Autocertificazione"));
    assertTrue(certified.validatable());

    var submitted = sectors.submit(operator, null, saved.id(), certified.version());

    assertEquals(SectorState.SUBMITTED, submitted.state());
    assertFalse(submitted.editable());

    // AD-1: CCSE rejects it with a reason, the company corrects it and sends it again; validated.
    assertTrue(
        staff.call(() -> desk.page(SectorState.SUBMITTED, 0, 500)).stream()
            .anyMatch(
                q ->
                    q.sector().id().equals(saved.id())
                        && q.companyCodiceFiscale().equals(operator)));
    var stale =
        assertThrows(
            RuntimeException.class,
            () -> staff.call(() -> desk.validate("backoffice", saved.id(), saved.version())));
    assertEquals("sector.stateChanged", StaffCaller.refusal(stale));
    var rejected =
        staff.call(
            () ->
                desk.reject("backoffice", saved.id(), submitted.version(), "Manca l’ATO di Asti"));
    assertEquals(SectorState.REJECTED, rejected.sector().state());
    var mine = sectors.find(operator, null, saved.id());
    assertEquals("Manca l’ATO di Asti", mine.rejectionReason());
    assertTrue(mine.editable());
    assertTrue(mailed("settore di attività respinto"));
    assertEquals(
        List.of(saved.id()),
        sectors.rejected(operator, null).stream().map(SectorView::id).toList(),
        "the home page tells it until sent again");
    var again = sectors.submit(operator, null, saved.id(), mine.version());
    assertTrue(sectors.rejected(operator, null).isEmpty());
    var queued = staff.call(() -> desk.find(saved.id()));
    assertFalse(queued.validatedBefore());
    assertTrue(
        queued.differences().stream()
            .anyMatch(d -> d.field() == SectorField.ATOS && d.before().isEmpty()),
        "never validated: every field is new");
    var validatedSector =
        staff.call(() -> desk.validate("backoffice", saved.id(), again.version()));
    assertEquals(SectorState.VALIDATED, validatedSector.sector().state());
    assertTrue(mailed("settore di attività validato"));
    assertThrows(Exception.class, () -> desk.page(SectorState.SUBMITTED, 0, 1), "staff only");

    // AD-1: a validated sector changed is a new version, which CCSE reads against the validated
    // one.
    var changed =
        sectors.addContact(
            operator,
            null,
            saved.id(),
            validatedSector.sector().version(),
            new ContactDetails("Luca", "Neri", "Tecnico", null, "luca.neri@example.it"));
    assertEquals(SectorState.SAVED, changed.state());
    var resent = sectors.submit(operator, null, saved.id(), changed.version());
    var second = staff.call(() -> desk.find(saved.id()));
    assertTrue(second.validatedBefore());
    assertEquals(
        List.of(SectorField.CONTACTS),
        second.differences().stream().map(SectorField.Difference::field).toList());
    var contacts = second.differences().get(0);
    assertEquals("Anna Bianchi, Responsabile, 011 123456", contacts.before());
    assertEquals(
        "Anna Bianchi, Responsabile, 011 123456\nLuca Neri, Tecnico, luca.neri@example.it",
        contacts.after());
    staff.call(() -> desk.validate("backoffice", saved.id(), resent.version()));
    assertEquals(List.of(), staff.call(() -> desk.find(saved.id())).differences());
  }

  private boolean mailed(String subject) {
    return outbox.page(0, 200).stream().anyMatch(m -> m.subject().contains(subject));
  }

  @Test
  void bk1TheSectorsOwnBankOverridesTheCompanysUntilReset() {
    String operator = validated.withOperator();
    var saved = water(operator);
    assertFalse(saved.ownBank());
    String companyIban = saved.iban();

    var own =
        sectors.overrideBank(
            operator, null, saved.id(), saved.version(), OWN_IBAN, "Banca del settore");

    assertTrue(own.ownBank());
    assertEquals(OWN_IBAN, own.iban());
    assertEquals("Banca del settore", own.bankName());
    var reset = sectors.resetBank(operator, null, saved.id(), own.version());
    assertFalse(reset.ownBank());
    assertEquals(companyIban, reset.iban());
  }

  @Test
  void se3CcseImportsItsAtoListAllOrNothing() {
    String code = "IT" + (System.nanoTime() % 1_000_000);
    String good =
        "region;code;name;valid_from;valid_to\n01;" + code + ";ATO di prova;2024-01-01;\n";
    var added = staff.call(() -> atoImport.importCsv("ato.csv", csv(good)));
    assertEquals(1, added.added());
    assertTrue(sectors.atos("01").stream().anyMatch(a -> a.code().equals(code)));

    String bad =
        "01;"
            + code
            + ";ATO rinominato;2024-01-01;2024-12-31\n99;X1;Regione inesistente;2024-01-01;\n";
    var refused = staff.call(() -> atoImport.importCsv("ato.csv", csv(bad)));
    assertFalse(refused.isApplied());
    assertEquals(List.of(new AtoCsv.Problem(2, "ato.csv.region")), refused.problems());
    assertTrue(
        staff.call(() -> atoImport.all()).stream()
            .anyMatch(a -> a.code().equals(code) && a.name().equals("ATO di prova")),
        "nothing stored from a file with a bad line");

    var retired =
        staff.call(
            () ->
                atoImport.importCsv(
                    "ato.csv", csv("01;" + code + ";ATO rinominato;2024-01-01;2024-12-31\n")));
    assertEquals(1, retired.updated());
    assertTrue(sectors.atos("01").stream().noneMatch(a -> a.code().equals(code)), "retired");
    assertThrows(Exception.class, () -> atoImport.all(), "staff only");
  }

  private static InputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anotherCompanysSectorIsNotFound() {
    String owner = validated.withOperator();
    var saved = water(owner);
    String other = validated.withOperator();

    assertThrows(NotFoundException.class, () -> sectors.find(other, null, saved.id()));
    assertThrows(
        NotFoundException.class, () -> sectors.resetBank(other, null, saved.id(), saved.version()));
    assertTrue(sectors.list(other, null).isEmpty());
  }

  @Test
  void se5TheTemplateOfASavedWaterSectorHasFillableFieldsPrefilledWithTheCompany()
      throws Exception {
    String operator = validated.withOperator();
    var saved = water(operator);

    var file = templates.selfCertification(operator, null, saved.id(), TemplateFormat.PDF);

    assertEquals("autocertificazione-settore-servizio-idrico.pdf", file.fileName());
    assertEquals("application/pdf", file.contentType());
    try (var pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(file.content())))) {
      var fields = PdfAcroForm.getAcroForm(pdf, false).getAllFormFields();
      assertEquals(
          "Fascicolo " + operator + " S.r.l.", fields.get("ragioneSociale").getValueAsString());
      assertEquals(operator, fields.get("codiceFiscale").getValueAsString());
      assertEquals("Servizio idrico integrato", fields.get("tipologia").getValueAsString());
      assertTrue(fields.get("ato").getValueAsString().startsWith("Acquedotto: "));
      assertEquals("", fields.get("firma").getValueAsString());
      assertTrue(fields.values().stream().noneMatch(f -> f.isReadOnly()), "all fillable");
    }
    var docx = templates.selfCertification(operator, null, saved.id(), TemplateFormat.DOCX);
    assertEquals("autocertificazione-settore-servizio-idrico.docx", docx.fileName());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx.contentType());
  }

  @Test
  void se5AnotherCompanysSectorHasNoTemplate() {
    String owner = validated.withOperator();
    var saved = water(owner);
    String other = validated.withOperator();

    assertThrows(
        NotFoundException.class,
        () -> templates.selfCertification(other, null, saved.id(), TemplateFormat.PDF));
  }

  @Test
  void se1ACompanyNotYetValidatedIsRefused() {
    String operator = notYetValidated();

    assertFalse(sectors.isAvailable(operator, null));
    var refused = assertThrows(OutOfScopeException.class, () -> sectors.create(operator, null));
    assertEquals("sector.companyNotValidated", refused.messageKey());
    assertThrows(OutOfScopeException.class, () -> sectors.list(operator, null));
  }

  /** A water sector: acquedotto in Torino and Milano, fognatura in Torino. */
  private SectorView water(String operator) {
    var draft = sectors.create(operator, null);
    return sectors.save(
        operator,
        null,
        draft.id(),
        draft.version(),
        details(
            List.of("ACQUEDOTTO", "FOGNATURA"),
            List.of(
                new AtoChoice("ACQUEDOTTO", "PIE-3"),
                new AtoChoice("ACQUEDOTTO", "LOM-MI"),
                new AtoChoice("FOGNATURA", "PIE-3"))));
  }

  private static SectorDetails details(List<String> services, List<AtoChoice> atos) {
    return new SectorDetails(
        LocalDate.of(2010, 1, 1),
        LegalNature.SOCIETA_DI_CAPITALI,
        WATER,
        services,
        atos,
        "Gestore del servizio idrico");
  }

  private static String line(AtoLine line) {
    return line.serviceLabel() + " " + line.atoCode() + " " + line.regionCode();
  }

  /** A company registered but not yet validated by CCSE, and its operator. */
  private String notYetValidated() {
    String code = CompanyCodes.unique();
    var company =
        companies.create(
            new NewCompany(
                CodiceFiscale.of(code),
                PartitaIva.of(code),
                "In attesa " + code + " S.r.l.",
                "SRL",
                "Via Roma",
                "1",
                "10121",
                "01",
                "TO",
                "001272"));
    accounts.createActiveAccount(
        code,
        "op-" + code + "@example.org",
        "Mario Rossi",
        Set.of(Role.OPERATOR),
        company.id(),
        ValidatedCompanies.PASSWORD.toCharArray(),
        ValidatedCompanies.PIN.toCharArray());
    return code;
  }
}
