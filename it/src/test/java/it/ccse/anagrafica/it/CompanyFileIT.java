package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.signatures.SignatureUtil;
import it.ccse.anagrafica.accounts.application.AccountService;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.categories.domain.obligations.FileNotice;
import it.ccse.anagrafica.company.application.CompanyDataService;
import it.ccse.anagrafica.company.domain.CompanyData;
import it.ccse.anagrafica.company.domain.GeoPoint;
import it.ccse.anagrafica.company.domain.IdentityChangeStatus;
import it.ccse.anagrafica.fees.application.FeeTables;
import it.ccse.anagrafica.fees.application.PriceList;
import it.ccse.anagrafica.fees.domain.FeeKind;
import it.ccse.anagrafica.fees.domain.PriceCode;
import it.ccse.anagrafica.file.application.CompanyFileChanges;
import it.ccse.anagrafica.file.application.CompanyFileLookup;
import it.ccse.anagrafica.file.application.CompanyFileReports;
import it.ccse.anagrafica.file.application.CompanyFileService;
import it.ccse.anagrafica.file.application.CompanyFileSigning;
import it.ccse.anagrafica.file.application.FileViews.CategoryView;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.application.FileViews.SiteView;
import it.ccse.anagrafica.file.application.SitePositions;
import it.ccse.anagrafica.file.application.SitePositions.AddressQuery;
import it.ccse.anagrafica.file.domain.changes.AddCategory;
import it.ccse.anagrafica.file.domain.changes.AddDelegate;
import it.ccse.anagrafica.file.domain.changes.AssociateCategory;
import it.ccse.anagrafica.file.domain.changes.AssociateDelegate;
import it.ccse.anagrafica.file.domain.changes.DeclareEmployees;
import it.ccse.anagrafica.file.domain.changes.DeclareNewProducer;
import it.ccse.anagrafica.file.domain.changes.DeleteCategory;
import it.ccse.anagrafica.file.domain.changes.Details;
import it.ccse.anagrafica.file.domain.changes.JoinVoluntarily;
import it.ccse.anagrafica.file.domain.changes.Operation;
import it.ccse.anagrafica.file.domain.changes.Question;
import it.ccse.anagrafica.file.domain.changes.ReaffirmEmployees;
import it.ccse.anagrafica.file.domain.changes.RelocateOffice;
import it.ccse.anagrafica.file.domain.changes.UpdateCompanyData;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.shared.domain.BusinessException;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import it.ccse.anagrafica.validation.application.IdentityChangeDesk;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** VW-1..VW-6, MD-9, MD-12, MD-13 through the real services on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class CompanyFileIT {

  private static final String PASSWORD = ValidatedCompanies.PASSWORD;
  private static final String PIN = ValidatedCompanies.PIN;
  private static final Details HAZARDOUS = ValidatedCompanies.HAZARDOUS;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithStaffCaller(
        CompanyFileIT.class, CompanyCodes.class, ValidatedCompanies.class);
  }

  @Inject private AccountService accounts;
  @Inject private CompanyFileService files;
  @Inject private CompanyFileChanges changes;
  @Inject private CompanyFileSigning signing;
  @Inject private CompanyFileReports reports;
  @Inject private OutboxService outbox;
  @Inject private CompanyFileLookup lookup;
  @Inject private StaffCaller staff;
  @Inject private PriceList priceList;
  @Inject private CompanyDataService companyData;
  @Inject private SitePositions positions;
  @Inject private FeeTables feeTables;
  @Inject private ValidatedCompanies validated;
  @Inject private IdentityChangeDesk identityDesk;

  @Resource(lookup = "java:app/jdbc/anagrafica")
  private DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  @Test
  void md12ANewLocalUnitIsSignedAtomicallyWithASealedReportAndItsCostsVw6ReportsTheFile()
      throws Exception {
    String operator = validated.withOperator();
    String delegateCf = "NRENNA80A41L219L";
    String email = "anna-" + UUID.randomUUID() + "@example.org";

    validated.localUnitWithDevice(operator, n("u1"), "Magazzino Est", n("d1"));
    changes.change(operator, null, new AddDelegate(n("u1"), n("p1"), "Anna", "Neri", delegateCf));
    changes.change(operator, null, new AssociateDelegate(n("d1"), n("p1"), null, null, email));
    var summary = changes.summary(operator, null);

    assertTrue(summary.isSignable(), summary.problems().toString());
    assertEquals(new BigDecimal("80.00"), summary.total());
    assertEquals(1, files.current(operator, null).sites().size(), "nothing applied before Firma");

    var signed = signing.sign(operator, null, PIN.toCharArray());

    SiteView unit = site(files.current(operator, null), "Magazzino Est");
    assertEquals(1, unit.categories().size());
    assertTrue(unit.categories().get(0).registryCode().startsWith("ERP"));
    assertTrue(unit.devices().get(0).isRequested());
    assertEquals(delegateCf, unit.devices().get(0).delegates().get(0).codiceFiscale());
    assertEquals(signed.reportId(), reports.history(operator, null).get(0).reportId());
    try (var pdf =
        new PdfDocument(
            new PdfReader(
                new ByteArrayInputStream(reports.report(operator, null, signed.reportId()))))) {
      var signatures = new SignatureUtil(pdf);
      String name = signatures.getSignatureNames().get(0);
      assertTrue(signatures.signatureCoversWholeDocument(name));
      assertTrue(signatures.readSignatureData(name).verifySignatureIntegrityAndAuthenticity());
      String text = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
      assertTrue(text.contains("Nuova unità locale"), text);
      assertTrue(text.contains("Unità locale aggiuntiva (importo di esempio)"), text);
    }
    assertTrue(
        outbox.page(0, 50).stream().anyMatch(m -> m.recipient().equals(email)),
        "MD-13: the new delegate is invited");
    try (var pdf =
        new PdfDocument(
            new PdfReader(new ByteArrayInputStream(reports.companyReport(operator, null))))) {
      var signatures = new SignatureUtil(pdf);
      String name = signatures.getSignatureNames().get(0);
      assertTrue(signatures.readSignatureData(name).verifySignatureIntegrityAndAuthenticity());
      var all = new StringBuilder();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        all.append(PdfTextExtractor.getTextFromPage(pdf.getPage(page)));
      }
      String text = all.toString();
      assertTrue(text.contains("Report azienda") && text.contains("Magazzino Est"), text);
      assertTrue(text.contains("Contributo annuale") && text.contains("20 addetti"), text);
    }
  }

  @Test
  void md9ASetThatBreaksARuleIsNotSignedAndNothingIsApplied() {
    String operator = validated.withOperator();
    validated.localUnitWithDevice(operator, n("u1"), "Deposito", n("d1"));
    signing.sign(operator, null, PIN.toCharArray());
    changes.change(
        operator, null, new AddCategory(n("u1"), n("c2"), CategoryType.MANAGEMENT, HAZARDOUS));

    assertFalse(changes.summary(operator, null).isSignable());
    var refused =
        assertThrows(
            InvalidValueException.class, () -> signing.sign(operator, null, PIN.toCharArray()));

    assertEquals("file.categoryWithoutDevice", refused.messageKey());
    assertEquals(1, site(files.current(operator, null), "Deposito").categories().size());
    assertEquals(1, files.current(operator, null).pendingOperations(), "the set is kept");
    changes.undo(operator, null, 0);
    assertEquals(0, files.current(operator, null).pendingOperations());
  }

  @Test
  void md9ASetBuiltOnAnOutdatedFileIsRefused() {
    String first = validated.withOperator();
    String second = secondOperatorOfTheSameCompany(first);
    changes.change(first, null, relocate("Via Prima"));
    changes.change(second, null, relocate("Via Seconda"));

    signing.sign(second, null, PIN.toCharArray());
    var refused =
        assertThrows(ConflictException.class, () -> signing.sign(first, null, PIN.toCharArray()));

    assertEquals("changeSet.stale", refused.messageKey());
    assertEquals("Via Seconda", files.current(first, null).sites().get(0).street());
  }

  @Test
  void md3ANewNameAndLegalRepresentativeWaitForCcseWhileTheContactPersonChangesAtOnce() {
    String operator = validated.withOperator();
    var before = files.current(operator, null);
    changes.change(
        operator,
        null,
        new UpdateCompanyData(
            "Rinominata S.r.l.",
            "Luca",
            "Verdi",
            "VRDLCU80A01L219Y",
            "Anna",
            "Neri",
            "011 555 0101",
            null,
            "anna.neri@example.org"));

    var signed = signing.sign(operator, null, PIN.toCharArray());

    var file = files.current(operator, null);
    assertEquals(before.ragioneSociale(), file.ragioneSociale(), "in validazione");
    assertEquals(
        before.legalRepresentative().getCodiceFiscale(),
        file.legalRepresentative().getCodiceFiscale());
    assertEquals("Neri", file.contactPerson().getSurname(), "the contact person changes at once");
    var request = files.identityRequest(operator, null).orElseThrow();
    assertEquals(IdentityChangeStatus.PENDING, request.status());
    assertEquals(signed.reportId(), request.reportId());
    assertEquals(
        List.of("ragioneSociale", "legalRepName", "legalRepSurname", "legalRepCodiceFiscale"),
        request.differences().stream().map(CompanyData.Difference::field).toList());
    assertThrows(
        Exception.class,
        () -> identityDesk.page(IdentityChangeStatus.PENDING, 0, 1),
        "operators are refused the queue");
    assertTrue(
        staff.call(() -> identityDesk.page(IdentityChangeStatus.PENDING, 0, 500)).stream()
            .anyMatch(r -> r.id().equals(request.id())));

    // AD-1: rejected with a reason, the file keeps its data; signed again, then approved.
    staff.call(
        () ->
            identityDesk.reject("backoffice", request.id(), request.version(), "Manca la visura"));
    var rejected = files.identityRequest(operator, null).orElseThrow();
    assertEquals(IdentityChangeStatus.REJECTED, rejected.status());
    assertEquals("Manca la visura", rejected.rejectionReason());
    assertEquals(before.ragioneSociale(), files.current(operator, null).ragioneSociale());
    assertTrue(mailed("variazione di ragione sociale o legale rappresentante respinta"));
    changes.change(
        operator,
        null,
        UpdateCompanyData.of(
            "Rinominata Due S.r.l.",
            LegalRepresentative.of("Luca", "Verdi", "VRDLCU80A01L219Y"),
            file.contactPerson()));
    signing.sign(operator, null, PIN.toCharArray());
    var again = files.identityRequest(operator, null).orElseThrow();
    assertEquals(IdentityChangeStatus.PENDING, again.status());
    assertEquals("Rinominata Due S.r.l.", again.ragioneSociale());
    assertEquals(before.ragioneSociale(), again.oldRagioneSociale());
    var stale =
        assertThrows(
            RuntimeException.class,
            () ->
                staff.call(
                    () -> identityDesk.approve("backoffice", again.id(), again.version() + 1)));
    assertEquals("identityChange.stateChanged", StaffCaller.refusal(stale));

    staff.call(() -> identityDesk.approve("backoffice", again.id(), again.version()));

    var approved = files.current(operator, null);
    assertEquals("Rinominata Due S.r.l.", approved.ragioneSociale());
    assertEquals("VRDLCU80A01L219Y", approved.legalRepresentative().getCodiceFiscale());
    assertTrue(files.identityRequest(operator, null).isEmpty());
    assertTrue(mailed("ragione sociale e legale rappresentante validati"));
  }

  private boolean mailed(String subject) {
    return outbox.page(0, 200).stream().anyMatch(m -> m.subject().contains(subject));
  }

  @Test
  void md9WrongPinsLockSigningAndChangeNothing() {
    String operator = validated.withOperator();
    changes.change(operator, null, relocate("Via Nuova"));

    for (int i = 0; i < 4; i++) {
      assertEquals(
          "pin.wrong",
          assertThrows(
                  InvalidValueException.class,
                  () -> signing.sign(operator, null, "111111".toCharArray()))
              .messageKey());
    }
    assertEquals(
        "pin.locked",
        assertThrows(
                InvalidValueException.class,
                () -> signing.sign(operator, null, "111111".toCharArray()))
            .messageKey());
    assertEquals(
        "pin.locked",
        assertThrows(
                InvalidValueException.class, () -> signing.sign(operator, null, PIN.toCharArray()))
            .messageKey(),
        "locked even for the right PIN");
    assertEquals("Via Roma", files.current(operator, null).sites().get(0).street());
  }

  @Test
  void vw1ADelegateChangesOnlyTheSiteOfTheDeviceInUse() {
    String operator = validated.withOperator();
    validated.localUnitWithDevice(operator, n("a1"), "Unità A", n("da"));
    validated.localUnitWithDevice(operator, n("b1"), "Unità B", n("db"));
    String delegate = CompanyCodes.personal();
    changes.change(operator, null, new AddDelegate(n("a1"), n("pa"), "Sara", "Galli", delegate));
    changes.change(
        operator,
        null,
        new AssociateDelegate(n("da"), n("pa"), null, null, delegate + "@example.org"));
    signing.sign(operator, null, PIN.toCharArray());

    assertEquals(
        n("da"),
        files.devicesInUse(delegate.toLowerCase()).get(0).publicId(),
        "invited at signing");
    changes.change(
        delegate, n("da"), new AddCategory(n("a1"), n("ca"), CategoryType.MANAGEMENT, HAZARDOUS));
    for (var outside :
        new Operation[] {
          new AddCategory(n("b1"), n("cb"), CategoryType.MANAGEMENT, HAZARDOUS),
          relocate("Via del Delegato"),
          new UpdateCompanyData("X", "A", "B", "RSSMRA85T10A562S", null, null, null, null, null)
        }) {
      assertEquals(
          "file.outOfScope",
          assertThrows(OutOfScopeException.class, () -> changes.change(delegate, n("da"), outside))
              .messageKey());
    }
    assertEquals(
        "file.outOfScope",
        assertThrows(
                OutOfScopeException.class,
                () ->
                    changes.change(
                        delegate,
                        n("db"),
                        new AddCategory(n("b1"), n("cb"), CategoryType.MANAGEMENT, HAZARDOUS)))
            .messageKey(),
        "not a delegate on that device");
    assertEquals(
        "companyData.noCompany",
        assertThrows(OutOfScopeException.class, () -> companyData.open(delegate)).messageKey(),
        "only the legal representative declares the company data");
    assertTrue(site(changes.pending(delegate, n("da")), "Unità A").editable());
    assertFalse(site(changes.pending(delegate, n("da")), "Unità B").editable());

    changes.change(delegate, n("da"), new DeclareEmployees(EmployeeThreshold.UP_TO_TEN));
    var a = positions.position(delegate, n("da"), n("a1"));
    var b = positions.position(delegate, n("da"), n("b1"));
    assertTrue(a.editable() && !b.editable(), "GE-1 within the device in use");
    positions.save(delegate, n("da"), n("a1"), GeoPoint.of("45.1", "7.6"), a.version());
    assertEquals(
        "file.outOfScope",
        assertThrows(
                OutOfScopeException.class,
                () ->
                    positions.save(
                        delegate, n("da"), n("b1"), GeoPoint.of("45.1", "7.6"), b.version()))
            .messageKey());
  }

  @Test
  void ge1SavingThePositionChangesOnlyTheCoordinatesOfOwnSites() {
    String operator = validated.withOperator();
    var office = files.current(operator, null).sites().get(0);
    var before = positions.position(operator, null, office.publicId());
    assertFalse(before.placed());
    assertEquals(new BigDecimal("45.048777"), before.point().latitude(), "Torino's centroid");

    var found =
        positions.search(
            operator,
            null,
            office.publicId(),
            new AddressQuery("Via Garibaldi", "2", "20121", "Milano", "MI"));
    assertTrue(found.approximate(), "no geocoder configured: the centroid of the comune named");
    assertEquals(new BigDecimal("45.466375"), found.point().latitude(), "Milano");
    var saved =
        positions.save(
            operator, null, office.publicId(), GeoPoint.of("45.0712", "7.6801"), before.version());

    assertTrue(saved.placed());
    assertEquals(GeoPoint.of("45.0712", "7.6801"), saved.point());
    assertEquals(office.address(), files.current(operator, null).sites().get(0).address());
    assertEquals(
        "geo.stale",
        assertThrows(
                ConflictException.class,
                () ->
                    positions.save(
                        operator, null, office.publicId(), GeoPoint.of("1", "1"), before.version()))
            .messageKey());
    String other = validated.withOperator();
    assertEquals(
        "file.unknownItem",
        assertThrows(
                NotFoundException.class, () -> positions.position(other, null, office.publicId()))
            .messageKey(),
        "another company's site is not found");
  }

  @Test
  void anOperatorReachesOnlyItsOwnFile() {
    String mine = validated.withOperator();
    String other = validated.withOperator();
    changes.change(other, null, relocate("Via Altrui"));
    var theirs = signing.sign(other, null, PIN.toCharArray());

    FileView file = files.current(mine, null);
    assertEquals(mine, file.codiceFiscale());
    assertEquals(
        "file.unknownItem",
        assertThrows(NotFoundException.class, () -> reports.report(mine, null, theirs.reportId()))
            .messageKey());
    assertEquals(
        "file.unknownItem",
        assertThrows(
                NotFoundException.class,
                () -> changes.change(mine, null, new DeleteCategory("cat-of-someone")))
            .messageKey());
  }

  /** Public ids are unique across files: each test run gets its own. */
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private String n(String id) {
    return id + "-" + run;
  }

  @Test
  void vw1StaffReadEveryFileAndOperatorsCannotLookUpOthers() {
    String operator = validated.withOperator();

    var seen = staff.call(() -> lookup.byCodiceFiscale(operator)).orElseThrow();

    assertEquals(operator, seen.codiceFiscale());
    assertFalse(seen.companyEditable());
    assertTrue(seen.sites().stream().noneMatch(SiteView::editable), "staff change nothing here");
    assertThrows(EJBAccessException.class, () -> lookup.byCodiceFiscale(operator));
  }

  @Test
  void md9StaffSetThePricesOfChangesAndOperatorsCannot() {
    var device =
        staff.call(() -> priceList.prices()).stream()
            .filter(p -> p.code() == PriceCode.NEW_DEVICE)
            .findFirst()
            .orElseThrow();

    staff.call(
        () -> {
          priceList.reprice(PriceCode.NEW_DEVICE, new BigDecimal("30"), device.version());
          return null;
        });

    var repriced =
        staff.call(() -> priceList.prices()).stream()
            .filter(p -> p.code() == PriceCode.NEW_DEVICE)
            .findFirst()
            .orElseThrow();
    assertFalse(repriced.sample(), "set by CCSE, no longer a sample");
    assertEquals(new BigDecimal("30.00"), repriced.amount());
    var stale =
        assertThrows(
            EJBException.class,
            () ->
                staff.call(
                    () -> {
                      priceList.reprice(PriceCode.NEW_DEVICE, BigDecimal.ONE, device.version());
                      return null;
                    }));
    assertEquals("price.stale", ((ConflictException) stale.getCause()).messageKey());
    assertThrows(
        EJBAccessException.class,
        () -> priceList.reprice(PriceCode.NEW_DEVICE, BigDecimal.ONE, repriced.version()));
  }

  @Test
  void th1TheNoticeLastsUntilTheThresholdIsDeclaredAndSigned() {
    String operator = validated.withOperator();
    assertEquals(
        List.of(FileNotice.Kind.EMPLOYEE_THRESHOLD),
        files.notices(operator, null).stream().map(FileNotice::kind).toList());

    changes.change(operator, null, new DeclareEmployees(EmployeeThreshold.UP_TO_TEN));
    assertEquals(1, files.notices(operator, null).size(), "not before Firma");
    signing.sign(operator, null, PIN.toCharArray());

    assertEquals(List.of(), files.notices(operator, null));
  }

  @Test
  void th2Vo1Np1DeclarationsSignedThroughTheSetRecomputeObligationsAndContribution() {
    String operator = validated.withOperator();
    validated.localUnitWithDevice(operator, n("u1"), "Impianto", n("d1"));
    signing.sign(operator, null, PIN.toCharArray());
    assertTrue(category(operator, "Impianto", CategoryType.PRODUCTION).mandatory(), "20 ULA > 10");
    assertEquals(new BigDecimal("180.00"), contribution(operator), "11-50 addetti, pericolosi");

    changes.change(operator, null, new DeclareEmployees(EmployeeThreshold.UP_TO_TEN));
    assertEquals(
        List.of(new Question.EmployeesLowered()), changes.summary(operator, null).questions());
    assertEquals(
        "changeSet.employeesNotReaffirmed",
        assertThrows(
                InvalidValueException.class, () -> signing.sign(operator, null, PIN.toCharArray()))
            .messageKey());
    changes.change(operator, null, new ReaffirmEmployees());
    signing.sign(operator, null, PIN.toCharArray());

    assertFalse(category(operator, "Impianto", CategoryType.PRODUCTION).mandatory(), "TH-2");
    assertEquals(new BigDecimal("0.00"), contribution(operator));
    assertEquals(
        List.of(FileNotice.Kind.VOLUNTARY_CATEGORIES),
        files.notices(operator, null).stream().map(FileNotice::kind).toList());

    changes.change(operator, null, new JoinVoluntarily(n("u1") + "-c"));
    signing.sign(operator, null, PIN.toCharArray());
    assertEquals(List.of(), files.notices(operator, null), "VO-1 answered");
    assertEquals(new BigDecimal("180.00"), contribution(operator), "joined voluntarily");

    changes.change(
        operator,
        null,
        new AddCategory(
            n("u1"),
            n("m1"),
            CategoryType.MANAGEMENT,
            new Details(false, true, false, null, 800, null, null, null)),
        new AssociateCategory(n("d1"), n("m1")));
    assertEquals(
        List.of(new Question.NewProducer(n("u1"), "Impianto")),
        changes.summary(operator, null).questions());
    assertFalse(changes.summary(operator, null).isSignable());
    changes.change(operator, null, new DeclareNewProducer(n("u1"), true));
    signing.sign(operator, null, PIN.toCharArray());

    var management = category(operator, "Impianto", CategoryType.MANAGEMENT);
    assertTrue(management.mandatory(), "NP-1: non-hazardous management of a new producer");
    assertEquals("obligation.newProducer", management.obligationReason());
    assertEquals(new BigDecimal("330.00"), contribution(operator), "+ <1,000 t non pericolosi");
  }

  @Test
  void vw6StaffReviseAFeeAndTheContributionFollowsOperatorsCannot() {
    String operator = validated.withOperator();
    validated.localUnitWithDevice(operator, n("u1"), "Officina", n("d1"));
    signing.sign(operator, null, PIN.toCharArray());
    var band =
        staff.call(
            () ->
                feeTables.fees().stream()
                    .filter(f -> f.kind() == FeeKind.LOCAL_UNIT_EMPLOYEES && f.lowerBound() == 11)
                    .findFirst()
                    .orElseThrow());
    try {
      staff.call(
          () -> {
            feeTables.revise(
                band.kind(), 11, new BigDecimal("181.00"), band.nonHazardous(), band.version());
            return null;
          });
      assertEquals(new BigDecimal("181.00"), contribution(operator), "20 ULA, hazardous");
      var stale =
          assertThrows(
              EJBException.class,
              () ->
                  staff.call(
                      () -> {
                        feeTables.revise(
                            band.kind(), 11, BigDecimal.ONE, BigDecimal.ONE, band.version());
                        return null;
                      }));
      assertEquals("fee.stale", ((ConflictException) stale.getCause()).messageKey());
      assertThrows(EJBAccessException.class, () -> feeTables.fees());
    } finally {
      staff.call(
          () -> {
            var now =
                feeTables.fees().stream()
                    .filter(f -> f.kind() == FeeKind.LOCAL_UNIT_EMPLOYEES && f.lowerBound() == 11)
                    .findFirst()
                    .orElseThrow();
            feeTables.revise(now.kind(), 11, band.hazardous(), band.nonHazardous(), now.version());
            return null;
          });
    }
  }

  private CategoryView category(String operator, String site, CategoryType type) {
    return site(files.current(operator, null), site).categories().stream()
        .filter(c -> c.type() == type)
        .findFirst()
        .orElseThrow();
  }

  private BigDecimal contribution(String operator) {
    return files.contribution(operator, null).total().amount();
  }

  /** Issue 15 finding 10b: two first saves at once left the user two pending change sets. */
  @Test
  void finding10bTwoFirstSavesAtOnceLeaveOnePendingSet() throws Exception {
    String operator = validated.withOperator();
    files.current(operator, null); // opens the file, so that only the two saves race
    var start = new CyclicBarrier(2);
    List<Future<String>> saves = new ArrayList<>();
    for (String street : List.of("Via Prima", "Via Seconda")) {
      saves.add(executor.submit(() -> save(start, operator, street)));
    }
    List<String> outcomes = new ArrayList<>();
    for (var save : saves) {
      outcomes.add(save.get(60, TimeUnit.SECONDS));
    }

    assertTrue(
        outcomes.stream().allMatch(o -> o.equals("saved") || o.equals("changeSet.concurrent")),
        "the other save is told, never a server error: " + outcomes);
    assertEquals(
        "1",
        query(
            "SELECT COUNT(*) FROM change_set WHERE author = '"
                + operator
                + "' AND signed_at IS NULL"));
    assertEquals(
        outcomes.stream().filter("saved"::equals).count(),
        files.current(operator, null).pendingOperations(),
        "every save reported as done is in the one set");
  }

  /** Issue 15 finding 10c: each REPORT AZIENDA took a number of the signed reports' series. */
  @Test
  void finding10cTheCompanyReportTakesNoNumberOfTheSignedReports() throws Exception {
    String operator = validated.withOperator();
    changes.change(operator, null, relocate("Via Prima"));
    String first = signing.sign(operator, null, PIN.toCharArray()).reportId();

    String companyReport;
    try (var pdf =
        new PdfDocument(
            new PdfReader(new ByteArrayInputStream(reports.companyReport(operator, null))))) {
      companyReport = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
    }
    reports.companyReport(operator, null);
    changes.change(operator, null, relocate("Via Seconda"));
    String second = signing.sign(operator, null, PIN.toCharArray()).reportId();

    assertEquals(number(first) + 1, number(second), first + " then " + second);
    assertTrue(
        companyReport.contains("RA-" + files.current(operator, null).code() + "-"), companyReport);
  }

  private String save(CyclicBarrier start, String operator, String street) throws Exception {
    start.await(30, TimeUnit.SECONDS);
    try {
      changes.change(operator, null, relocate(street));
      return "saved";
    } catch (BusinessException e) {
      return e.messageKey();
    }
  }

  private static int number(String reportId) {
    return Integer.parseInt(reportId.substring(reportId.lastIndexOf('-') + 1));
  }

  private String query(String sql) throws SQLException {
    try (var c = dataSource.getConnection();
        var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static Operation relocate(String street) {
    return new RelocateOffice(street, "1", "10121", "01", "TO", "001272");
  }

  private static SiteView site(FileView file, String name) {
    return file.sites().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private String secondOperatorOfTheSameCompany(String first) {
    var company = accounts.findByUsername(first).orElseThrow();
    String username = first + "-bis";
    accounts.createActiveAccount(
        username,
        "bis-" + first + "@example.org",
        "Maria Rossi",
        Set.of(Role.OPERATOR),
        company.companyId(),
        PASSWORD.toCharArray(),
        PIN.toCharArray());
    return username;
  }
}
