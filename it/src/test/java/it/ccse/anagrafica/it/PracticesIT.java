package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.signatures.SignatureUtil;
import it.ccse.anagrafica.company.domain.BlackBoxState;
import it.ccse.anagrafica.company.domain.DeviceState;
import it.ccse.anagrafica.fees.application.PriceList;
import it.ccse.anagrafica.fees.domain.PriceCode;
import it.ccse.anagrafica.file.application.CompanyFileService;
import it.ccse.anagrafica.file.application.CompanyFileSigning;
import it.ccse.anagrafica.file.application.FileViews.SiteView;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.practices.application.PracticeDesk;
import it.ccse.anagrafica.practices.application.PracticeRequests;
import it.ccse.anagrafica.practices.application.PracticeStatus;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeDetails;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeFilter;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.practices.domain.DocumentKind;
import it.ccse.anagrafica.practices.domain.PracticeGroup;
import it.ccse.anagrafica.practices.domain.PracticeState;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.BusinessException;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17 on Payara with PostgreSQL: practices from "Crea Pratica" to their outcome (RQ-1..RQ-3,
 * RQ-2b, ST-1, AD-2) — drafts, attachments checked by content, FIRMA with PIN and a sealed report,
 * ANNULLA signed, staff taking, completing with the side effect, shipping only once covered.
 */
@ExtendWith(ArquillianExtension.class)
class PracticesIT {

  private static final String PIN = ValidatedCompanies.PIN;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithStaffCaller(
        PracticesIT.class, CompanyCodes.class, ValidatedCompanies.class);
  }

  @Inject private PracticeRequests requests;
  @Inject private PracticeStatus status;
  @Inject private PracticeDesk desk;
  @Inject private CompanyFileService files;
  @Inject private CompanyFileSigning signing;
  @Inject private OutboxService outbox;
  @Inject private PriceList priceList;
  @Inject private ValidatedCompanies validated;
  @Inject private StaffCaller staff;

  @Resource(lookup = "java:app/jdbc/anagrafica")
  private DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  /** Prices a test made free, with the amounts to put back. */
  private final Map<PriceCode, BigDecimal> repriced = new HashMap<>();

  @AfterEach
  void restorePrices() {
    repriced.forEach(this::price);
  }

  @Test
  void rq1ATransferIsSignedWithItsDocumentAndCompletedByStaffMovingTheUnit() throws Exception {
    String operator = validated.withOperator();
    String unit = unitWithShippedDevice(operator, "Deposito Nord").unit();

    var draft = requests.create(operator, null, PracticeType.UNIT_TRANSFER, unit);
    assertEquals(PracticeState.DRAFT, draft.state());
    assertEquals(
        List.of(draft.publicId()),
        requests.drafts(operator, null).stream().map(PracticeView::publicId).toList(),
        "kept across logout");
    var saved =
        requests.save(
            operator,
            null,
            draft.publicId(),
            draft.version(),
            new PracticeDetails("Deposito Sud", viaGaribaldi(), false, null, null, false, null));
    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> requests.sign(operator, null, draft.publicId(), saved.version(), pin()));
    assertEquals("practice.missingDocuments", refused.messageKey());
    var attached =
        requests.attach(
            operator,
            null,
            draft.publicId(),
            DocumentKind.SUPPORTING_DOCUMENT,
            "atto.pdf",
            TestPdf.stream("Atto"));
    assertEquals(64, attached.attachments().get(0).sha256().length());

    var signed = requests.sign(operator, null, draft.publicId(), attached.version(), pin());

    assertEquals(PracticeState.SUBMITTED, signed.state());
    assertTrue(signed.number().matches("PR-\\d{4}-\\d{6}"), signed.number());
    assertEquals(new BigDecimal("20.00"), signed.amountDue());
    assertTrue(signed.cancellable());
    String text = sealedText(requests.report(operator, null, draft.publicId()).pdf());
    assertTrue(text.contains(signed.number()) && text.contains("Trasferimento"), text);
    assertTrue(text.contains(attached.attachments().get(0).sha256()), text);
    assertEquals(
        signed.number(), status.page(operator, null, PracticeFilter.any(), 0, 10).get(0).number());
    assertTrue(mailed(signed.number()), "the company is told by e-mail");

    var taken = staff.call(() -> desk.take("backoffice", signed.publicId(), signed.version()));
    assertFalse(taken.cancellable(), "ANNULLA only while presented");
    var done = staff.call(() -> desk.complete("backoffice", signed.publicId(), taken.version()));

    assertEquals(PracticeState.COMPLETED, done.state());
    SiteView moved = site(operator, unit);
    assertEquals("Deposito Sud", moved.name());
    assertEquals("Via Garibaldi", moved.street());
  }

  @Test
  void st1AnnullaIsSignedWithThePinAndOnlyWhileCancellable() throws Exception {
    String operator = validated.withOperator();
    String unit = unitWithShippedDevice(operator, "Magazzino").unit();
    var signed = submittedClosure(operator, unit);

    assertThrows(
        BusinessException.class,
        () ->
            status.cancel(
                operator, null, signed.publicId(), signed.version(), "000000".toCharArray()));
    status.cancel(operator, null, signed.publicId(), signed.version(), pin());

    var row = status.page(operator, null, PracticeFilter.any(), 0, 10).get(0);
    assertEquals(PracticeState.CANCELLED, row.state());
    assertFalse(row.cancellable());
    assertEquals(
        "practice.stateChanged",
        assertThrows(
                ConflictException.class,
                () -> status.cancel(operator, null, signed.publicId(), row.version(), pin()))
            .messageKey());
    assertEquals(
        1, status.count(operator, null, new PracticeFilter(null, PracticeState.CANCELLED)));
    String csv = new String(status.csv(operator, null, PracticeFilter.any()), "UTF-8");
    assertTrue(csv.contains(signed.number()) && csv.contains("ANNULLATA"), csv);
  }

  @Test
  void rq2bADeviceOfASignedChangeIsAPracticeShippedByStaffOnlyOnceCovered() throws Exception {
    String operator = validated.withOperator();
    validated.localUnitWithDevice(operator, n("u"), "Officina", n("d"));
    signing.sign(operator, null, PIN.toCharArray());

    var row = status.page(operator, null, PracticeFilter.any(), 0, 10).get(0);
    assertEquals(PracticeType.NEW_DEVICE, row.type());
    assertTrue(row.awaitingPayment(), "sample price, no payment yet");
    assertFalse(row.cancellable(), "it came from a signature");
    var taken = staff.call(() -> desk.take("backoffice", row.publicId(), row.version()));
    assertTrue(taken.awaitingPayment());
    var refusal =
        assertThrows(
            EJBException.class,
            () -> staff.call(() -> desk.ship("backoffice", row.publicId(), taken.version(), "")));
    assertEquals(
        "practice.notCovered",
        assertInstanceOf(InvalidValueException.class, refusal.getCause()).messageKey());

    var shipped = unitWithShippedDevice(operator, "Laboratorio");
    assertTrue(shipped.serial().startsWith("USB-"), shipped.serial());
    assertTrue(mailed(shipped.number()), "the company is told the device shipped");
  }

  @Test
  void rq2ADuplicateShipsANewDeviceWithTheSameCategoriesOnceCovered() throws Exception {
    String operator = validated.withOperator();
    var unit = unitWithShippedDevice(operator, "Capannone");
    free(PriceCode.DEVICE_DUPLICATE);

    var draft = requests.create(operator, null, PracticeType.DEVICE_DUPLICATE, unit.device());
    var signed = requests.sign(operator, null, draft.publicId(), draft.version(), pin());
    var taken = staff.call(() -> desk.take("backoffice", signed.publicId(), signed.version()));
    var shipped =
        staff.call(() -> desk.ship("backoffice", signed.publicId(), taken.version(), "USB-7"));

    assertEquals(PracticeState.COMPLETED, shipped.state());
    var devices = site(operator, unit.unit()).devices();
    assertEquals(2, devices.size());
    assertTrue(devices.stream().anyMatch(d -> "USB-7".equals(d.serial())));
  }

  @Test
  void anotherCompanysPracticeReadsAsNotFoundAndFilesRefusedByContentOrSizeLeaveNothing()
      throws Exception {
    String owner = validated.withOperator();
    String other = validated.withOperator();
    String unit = unitWithShippedDevice(owner, "Sede operativa").unit();
    var draft = requests.create(owner, null, PracticeType.UNIT_CLOSURE, unit);

    assertThrows(NotFoundException.class, () -> requests.find(other, null, draft.publicId()));
    assertThrows(
        NotFoundException.class,
        () -> requests.sign(other, null, draft.publicId(), draft.version(), pin()));
    assertThrows(
        InvalidValueException.class,
        () -> requests.create(other, null, PracticeType.UNIT_CLOSURE, unit),
        "another company's unit is no target");
    assertEquals(
        "attachment.typeNotAllowed",
        refusedFile(owner, draft, "atto.pdf", "#!/bin/sh\nrm -rf /\n".getBytes("UTF-8")));
    byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
    byte[] header = TestPdf.of("Atto");
    System.arraycopy(header, 0, tooLarge, 0, header.length);
    assertEquals("attachment.tooLarge", refusedFile(owner, draft, "grande.pdf", tooLarge));
    assertEquals(
        0,
        count(
            "select count(*) from attachment a join company c on c.id = a.company_id"
                + " join practice p on p.company_id = c.id where p.public_id = '"
                + draft.publicId()
                + "'"),
        "no stored file left behind");
    assertEquals(
        0,
        count(
            "select count(*) from practice_attachment a join practice p"
                + " on p.id = a.practice_id where p.public_id = '"
                + draft.publicId()
                + "'"));
    assertTrue(requests.find(owner, null, draft.publicId()).attachments().isEmpty());
  }

  @Test
  void ad2TwoStaffCompletingOnePracticeOneWinsTheOtherIsToldWhy() throws Exception {
    String operator = validated.withOperator();
    String unit = unitWithShippedDevice(operator, "Piazzale").unit();
    var signed = submittedClosure(operator, unit);
    var taken = staff.call(() -> desk.take("backoffice", signed.publicId(), signed.version()));

    Callable<Object> completing =
        () -> staff.call(() -> desk.complete("backoffice", signed.publicId(), taken.version()));
    var first = executor.submit(completing);
    var second = executor.submit(completing);
    int conflicts = 0;
    for (var outcome : List.of(first, second)) {
      try {
        outcome.get();
      } catch (ExecutionException e) {
        assertEquals("practice.stateChanged", businessCause(e).messageKey());
        conflicts++;
      }
    }

    assertEquals(1, conflicts);
    assertEquals(
        1,
        count(
            "select count(*) from site where closed_at is not null and public_id = '" + unit + "'"),
        "the unit closed once");
  }

  @Test
  void rq1ACessationByTheLegalRepresentativeClosesTheFileToNewPractices() throws Exception {
    String operator = validated.withOperator();
    unitWithShippedDevice(operator, "Sede secondaria");
    var company = requests.targets(operator, null, PracticeType.COMPANY_CESSATION).get(0).id();

    var signed =
        signedWith(
            operator,
            requests.create(operator, null, PracticeType.COMPANY_CESSATION, company),
            DocumentKind.SUPPORTING_DOCUMENT);
    complete(signed);

    for (var group : List.of(PracticeGroup.COMPANY, PracticeGroup.USB_DEVICE)) {
      assertTrue(requests.offered(operator, null, group).isEmpty(), group + " after cessation");
    }
    assertFalse(files.current(operator, null).companyEditable(), "every user read-only");
  }

  @Test
  void rq2ReplacementsAskTheirDocumentsAndRevokeTheDeviceTheyReplace() throws Exception {
    String operator = validated.withOperator();
    var unit = unitWithShippedDevice(operator, "Stabilimento");
    String device = unit.device();
    for (var type :
        List.of(
            PracticeType.DEVICE_REPLACEMENT_THEFT,
            PracticeType.DEVICE_REPLACEMENT_LOSS,
            PracticeType.DEVICE_REPLACEMENT_DAMAGE,
            PracticeType.ADDITIONAL_DEVICE)) {
      free(priceOf(type));
      String replaced = device;
      var draft = requests.create(operator, null, type, replaced);
      var signed =
          signedWith(operator, draft, type.requiredDocuments().toArray(DocumentKind[]::new));
      var shipped = ship(signed);

      var devices = site(operator, unit.unit()).devices();
      var fresh =
          devices.stream()
              .filter(d -> shipped.shippedSerial().equals(d.serial()))
              .findFirst()
              .orElseThrow();
      assertEquals(DeviceState.ACTIVE, fresh.state(), type.name());
      assertEquals(1, fresh.categories().size(), type + ": the same categories");
      var old =
          devices.stream().filter(d -> d.publicId().equals(replaced)).findFirst().orElseThrow();
      assertEquals(
          type == PracticeType.ADDITIONAL_DEVICE ? DeviceState.ACTIVE : DeviceState.REVOKED,
          old.state(),
          type.name());
      device = fresh.publicId();
    }
    assertTrue(
        requests.targets(operator, null, PracticeType.DEVICE_DUPLICATE).stream()
            .noneMatch(t -> t.id().equals(unit.device())),
        "a revoked device is offered no more");
  }

  @Test
  void rq3ABlackBoxTheftRecordsTheWorkshopAndTheStolenBox() throws Exception {
    String operator = validated.withOperator();
    var unit = unitWithShippedDevice(operator, "Autoparco");
    String plate = ("ZZ" + UUID.randomUUID().toString().substring(0, 5)).toUpperCase();
    vehicle(unit, plate);

    var draft = requests.create(operator, null, PracticeType.BLACK_BOX_THEFT, plate);
    var saved =
        requests.save(
            operator,
            null,
            draft.publicId(),
            draft.version(),
            new PracticeDetails(null, null, false, null, null, true, "Officina Rossi S.n.c."));
    var signed =
        signedWith(operator, saved, DocumentKind.IDENTITY_DOCUMENT, DocumentKind.THEFT_REPORT);
    assertTrue(
        sealedText(requests.report(operator, null, signed.publicId()).pdf())
            .contains("Officina Rossi"));
    complete(signed);

    var vehicle = files.vehicles(operator, null, plate, 0, 1).get(0);
    assertEquals(BlackBoxState.STOLEN, vehicle.blackBoxState());
    assertEquals(null, vehicle.deviceSerial(), "Dispositivo USB perso: the workshop installs one");
  }

  @Test
  void ad2ARejectionReachesTheCompanyWithItsReason() throws Exception {
    String operator = validated.withOperator();
    String unit = unitWithShippedDevice(operator, "Rimessa").unit();
    var signed = submittedClosure(operator, unit);
    var taken = staff.call(() -> desk.take("backoffice", signed.publicId(), signed.version()));

    var rejected =
        staff.call(
            () ->
                desk.reject("backoffice", signed.publicId(), taken.version(), "Atto illeggibile"));

    assertEquals(PracticeState.REJECTED, rejected.state());
    var notice = status.recentOutcomes(operator, null).get(0);
    assertEquals("Atto illeggibile", notice.rejectionReason());
    assertTrue(mailed(signed.number()));
    assertEquals(
        0,
        count(
            "select count(*) from site where closed_at is not null and public_id = '"
                + unit
                + "'"));
  }

  @Test
  void aDelegateFilesPracticesOnlyOnTheSitesOfTheDeviceInUse() {
    String delegate = "BNCGNN75B12F205E";
    String device = files.devicesInUse(delegate).get(0).publicId();
    var own = requests.targets(delegate, device, PracticeType.UNIT_CLOSURE);
    var all =
        files.current("operatore", null).sites().stream()
            .filter(s -> !s.registeredOffice())
            .map(SiteView::publicId)
            .toList();
    String other =
        all.stream()
            .filter(id -> own.stream().noneMatch(t -> t.id().equals(id)))
            .findFirst()
            .orElseThrow();

    assertTrue(own.size() < all.size(), own + " of " + all);
    assertEquals(
        "practice.targetNotEligible",
        assertThrows(
                InvalidValueException.class,
                () -> requests.create(delegate, device, PracticeType.UNIT_CLOSURE, other))
            .messageKey());
    assertTrue(
        requests.offered(delegate, device, PracticeGroup.COMPANY).stream()
            .noneMatch(t -> t == PracticeType.COMPANY_CESSATION),
        "the legal representative's only");
  }

  /** The message key of a supporting document the practice refuses. */
  private String refusedFile(String operator, PracticeView draft, String name, byte[] content) {
    return assertThrows(
            InvalidValueException.class,
            () ->
                requests.attach(
                    operator,
                    null,
                    draft.publicId(),
                    DocumentKind.SUPPORTING_DOCUMENT,
                    name,
                    new ByteArrayInputStream(content)))
        .messageKey();
  }

  /** A draft with one PDF per kind, signed. */
  private PracticeView signedWith(String operator, PracticeView draft, DocumentKind... kinds)
      throws Exception {
    var current = draft;
    for (var kind : kinds) {
      current =
          requests.attach(
              operator,
              null,
              draft.publicId(),
              kind,
              kind.name().toLowerCase() + ".pdf",
              TestPdf.stream("Atto"));
    }
    return requests.sign(operator, null, draft.publicId(), current.version(), pin());
  }

  private PracticeView complete(PracticeView signed) {
    var taken = staff.call(() -> desk.take("backoffice", signed.publicId(), signed.version()));
    return staff.call(() -> desk.complete("backoffice", signed.publicId(), taken.version()));
  }

  private PracticeView ship(PracticeView signed) {
    var taken = staff.call(() -> desk.take("backoffice", signed.publicId(), signed.version()));
    return staff.call(() -> desk.ship("backoffice", signed.publicId(), taken.version(), null));
  }

  private static PriceCode priceOf(PracticeType type) {
    return PriceCode.valueOf(type.name());
  }

  /**
   * A third-party transport category on the unit and a vehicle with a black box, written as the
   * registry's data arrive (operators cannot add transport categories:
   * file.transportCategoryFixed).
   */
  private void vehicle(Shipped unit, String plate) throws SQLException {
    String category = n("c");
    try (var connection = dataSource.getConnection();
        var addCategory =
            connection.prepareStatement(
                "insert into category (id, public_id, site_id, type, registry_code, hazardous,"
                    + " non_hazardous, tonnes_per_year) select nextval('category_seq'), ?, id,"
                    + " 'TRANSPORT_THIRD_PARTY', ?, true, false, 3000 from site where public_id = ?");
        var addVehicle =
            connection.prepareStatement(
                "insert into vehicle (id, plate, vehicle_type, category_id, black_box_state,"
                    + " device_serial) select nextval('vehicle_seq'), ?, 'Autocarro', id,"
                    + " 'INSTALLED', ? from category where public_id = ?")) {
      addCategory.setString(1, category);
      addCategory.setString(2, "ERP-" + plate);
      addCategory.setString(3, unit.unit());
      assertEquals(1, addCategory.executeUpdate());
      addVehicle.setString(1, plate);
      addVehicle.setString(2, "VB-" + plate);
      addVehicle.setString(3, category);
      assertEquals(1, addVehicle.executeUpdate());
    }
  }

  /** A local unit whose device a signed change requested and staff shipped (free of charge). */
  private Shipped unitWithShippedDevice(String operator, String name) {
    free(PriceCode.NEW_DEVICE);
    String unit = n("u");
    String device = n("d");
    validated.localUnitWithDevice(operator, unit, name, device);
    signing.sign(operator, null, PIN.toCharArray());
    var practice =
        status
            .page(operator, null, new PracticeFilter(PracticeType.NEW_DEVICE, null), 0, 50)
            .stream()
            .filter(r -> r.targetName().endsWith(name))
            .findFirst()
            .orElseThrow();
    var taken = staff.call(() -> desk.take("backoffice", practice.publicId(), practice.version()));
    var shipped =
        staff.call(() -> desk.ship("backoffice", practice.publicId(), taken.version(), null));
    return new Shipped(unit, device, shipped.shippedSerial(), shipped.number());
  }

  private record Shipped(String unit, String device, String serial, String number) {}

  private PracticeView submittedClosure(String operator, String unit) throws Exception {
    return signedWith(
        operator,
        requests.create(operator, null, PracticeType.UNIT_CLOSURE, unit),
        DocumentKind.SUPPORTING_DOCUMENT);
  }

  private void free(PriceCode code) {
    var price =
        staff.call(() -> priceList.prices()).stream()
            .filter(p -> p.code() == code)
            .findFirst()
            .orElseThrow();
    repriced.putIfAbsent(code, price.amount());
    price(code, BigDecimal.ZERO);
  }

  private void price(PriceCode code, BigDecimal amount) {
    staff.call(
        () -> {
          var current =
              priceList.prices().stream().filter(p -> p.code() == code).findFirst().orElseThrow();
          priceList.reprice(code, amount, current.version());
          return null;
        });
  }

  private SiteView site(String operator, String unit) {
    return files.current(operator, null).sites().stream()
        .filter(s -> s.publicId().equals(unit))
        .findFirst()
        .orElseThrow();
  }

  private boolean mailed(String number) {
    return outbox.page(0, 200).stream().anyMatch(m -> m.subject().contains(number));
  }

  private long count(String sql) throws SQLException {
    try (var connection = dataSource.getConnection();
        var result = connection.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static BusinessException businessCause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BusinessException business) {
        return business;
      }
    }
    throw new AssertionError("no business exception in", thrown);
  }

  private static String sealedText(byte[] pdf) throws Exception {
    try (var document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      var signatures = new SignatureUtil(document);
      String name = signatures.getSignatureNames().get(0);
      assertTrue(signatures.readSignatureData(name).verifySignatureIntegrityAndAuthenticity());
      return PdfTextExtractor.getTextFromPage(document.getPage(1));
    }
  }

  private static Address viaGaribaldi() {
    return Address.asRecorded("Via Garibaldi", "12", "10122", "01", "TO", "001272");
  }

  private static char[] pin() {
    return PIN.toCharArray();
  }

  private static String n(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }
}
