package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import it.ccse.anagrafica.company.application.AuditLog;
import it.ccse.anagrafica.company.application.AuditLog.AuditFilter;
import it.ccse.anagrafica.file.application.CompanyFileLookup;
import it.ccse.anagrafica.file.application.CompanyFileService;
import it.ccse.anagrafica.file.application.CompanyFileSigning;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.payments.application.PaymentCommunications;
import it.ccse.anagrafica.payments.application.PaymentDesk;
import it.ccse.anagrafica.payments.application.PaymentNotices;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentDetails;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentView;
import it.ccse.anagrafica.payments.application.PaymentViews.PracticeDue;
import it.ccse.anagrafica.payments.domain.NoticeNumber;
import it.ccse.anagrafica.payments.domain.PaymentMode;
import it.ccse.anagrafica.payments.domain.PaymentState;
import it.ccse.anagrafica.practices.application.AnnualContributions;
import it.ccse.anagrafica.practices.application.PracticeDesk;
import it.ccse.anagrafica.practices.application.PracticeRequests;
import it.ccse.anagrafica.practices.domain.PracticeState;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.shared.domain.BusinessException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18 on Payara with PostgreSQL: payment communications from draft to CCSE's check (PY-2,
 * PY-3, AD-3) and what they cover (AD-2). The practices are the devices of signed changes (RQ-2b),
 * which cost the sample 30 € of the price list.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

  private static final Money DEVICE = Money.of("30");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithStaffCaller(
        PaymentsIT.class, CompanyCodes.class, ValidatedCompanies.class);
  }

  @Inject private PaymentCommunications payments;
  @Inject private PaymentDesk paymentDesk;
  @Inject private PaymentNotices notices;
  @Inject private PracticeRequests requests;
  @Inject private AnnualContributions contributions;
  @Inject private AuditLog audit;
  @Inject private CompanyFileLookup lookup;
  @Inject private CompanyFileService files;
  @Inject private PracticeDesk practiceDesk;
  @Inject private CompanyFileSigning signing;
  @Inject private OutboxService outbox;
  @Inject private ValidatedCompanies validated;
  @Inject private StaffCaller staff;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  @Test
  void py3APaymentForTwoPracticesIsSignedVerifiedAndLetsTheDeviceShip() throws Exception {
    String operator = validated.withOperator();
    var practices = devicePractices(operator, 2);
    assertEquals(
        List.of(DEVICE, DEVICE), practices.stream().map(PracticeDue::stillNeeded).toList());

    var draft = payments.create(operator, null);
    assertEquals(
        List.of(draft.id()),
        payments.drafts(operator, null).stream().map(PaymentView::id).toList());
    var saved = save(operator, draft, "50", PaymentMode.BANK_TRANSFER, "12345678901");
    var first = allocate(operator, saved, practices.get(0), 30);
    var both = allocate(operator, first, practices.get(1), 20);
    var refused =
        assertThrows(
            InvalidFieldException.class,
            () -> payments.sign(operator, null, draft.id(), both.version(), pin()));
    assertEquals("payment.receipt.required", refused.messageKey());
    var withReceipt =
        payments.attachReceipt(
            operator, null, draft.id(), "bonifico.pdf", TestPdf.stream("Ricevuta"));
    assertEquals("bonifico.pdf", withReceipt.receiptName());

    var signed = payments.sign(operator, null, draft.id(), withReceipt.version(), pin());

    assertEquals(PaymentState.SUBMITTED, signed.state());
    assertEquals(
        List.of(draft.id()), payments.list(operator, null).stream().map(PaymentView::id).toList());
    assertEquals(
        List.of(Money.of("10")),
        payments.payable(operator, null).stream().map(PracticeDue::stillNeeded).toList(),
        "the first practice is held whole, the second needs 10 € more");
    assertTrue(mailed("pagamento di 50 € comunicato"), "the company is told");

    var practice = practices.get(0);
    var taken =
        staff.call(() -> practiceDesk.take("backoffice", practice.practiceId(), version(practice)));
    assertTrue(taken.awaitingPayment(), "not covered before CCSE verifies the payment");
    var queued = staff.call(() -> paymentDesk.page(PaymentState.SUBMITTED, 0, 500));
    assertTrue(queued.stream().anyMatch(p -> p.id().equals(draft.id())));
    var verified = staff.call(() -> paymentDesk.verify("backoffice", draft.id(), signed.version()));
    assertEquals(PaymentState.VERIFIED, verified.state());
    assertTrue(mailed("pagamento di 50 € verificato"));

    var shipped =
        staff.call(
            () -> practiceDesk.ship("backoffice", practice.practiceId(), taken.version(), null));
    assertEquals(PracticeState.COMPLETED, shipped.state());
    assertEquals(
        "payment.receipt.verified",
        assertThrows(
                InvalidValueException.class,
                () -> payments.removeReceipt(operator, null, draft.id(), verified.version()))
            .messageKey());
  }

  @Test
  void py3TwoPaymentsRacingForTheLastEurosOfAPracticeOneWinsTheOtherIsToldWhy() throws Exception {
    String operator = validated.withOperator();
    var practice = devicePractices(operator, 1).get(0);
    var one = ready(operator, practice, 30);
    var other = ready(operator, practice, 30);

    Callable<PaymentView> signOne =
        () -> payments.sign(operator, null, one.id(), one.version(), pin());
    Callable<PaymentView> signOther =
        () -> payments.sign(operator, null, other.id(), other.version(), pin());
    int conflicts = 0;
    for (var outcome : List.of(executor.submit(signOne), executor.submit(signOther))) {
      try {
        outcome.get();
      } catch (ExecutionException e) {
        assertEquals("payment.share.taken", businessCause(e).messageKey());
        conflicts++;
      }
    }

    assertEquals(1, conflicts);
    assertEquals(1, payments.list(operator, null).size());
    assertEquals(1, payments.drafts(operator, null).size(), "the loser stays a draft to correct");
    assertTrue(payments.payable(operator, null).isEmpty());
  }

  @Test
  void ad3ARejectedPaymentFreesItsSharesAndARemovedReceiptIsFlagged() throws Exception {
    String operator = validated.withOperator();
    var practice = devicePractices(operator, 1).get(0);
    var draft = ready(operator, practice, 30);
    var signed = payments.sign(operator, null, draft.id(), draft.version(), pin());
    assertTrue(payments.payable(operator, null).isEmpty());

    var removed = payments.removeReceipt(operator, null, signed.id(), signed.version());
    assertTrue(removed.withoutReceipt());
    assertTrue(staff.call(() -> paymentDesk.find(signed.id())).withoutReceipt(), "staff see it");
    var stale =
        assertThrows(
            RuntimeException.class,
            () ->
                staff.call(() -> paymentDesk.verify("backoffice", signed.id(), signed.version())));
    assertEquals("payment.stateChanged", businessCause(stale).messageKey());
    var rejected =
        staff.call(
            () ->
                paymentDesk.reject(
                    "backoffice", signed.id(), removed.version(), "Nessun accredito"));

    assertEquals(PaymentState.REJECTED, rejected.state());
    assertEquals(DEVICE, payments.payable(operator, null).get(0).stillNeeded(), "freed");
    assertEquals("Nessun accredito", payments.list(operator, null).get(0).rejectionReason());
    assertTrue(mailed("pagamento di 30 € respinto"));
  }

  @Test
  void anotherCompanysPaymentOrPracticeReadsAsNotFoundAndABadReceiptLeavesNothing()
      throws Exception {
    String owner = validated.withOperator();
    String other = validated.withOperator();
    var practice = devicePractices(owner, 1).get(0);
    var draft =
        save(owner, payments.create(owner, null), "30", PaymentMode.POSTAL_ACCOUNT, "VCYL 0041");
    assertEquals("VCYL0041", draft.reference());

    assertThrows(NotFoundException.class, () -> payments.find(other, null, draft.id()));
    assertThrows(
        NotFoundException.class,
        () -> payments.sign(other, null, draft.id(), draft.version(), pin()));
    var otherDraft = payments.create(other, null);
    assertThrows(
        NotFoundException.class,
        () ->
            allocate(
                other,
                save(other, otherDraft, "30", PaymentMode.BANK_TRANSFER, "12345678901"),
                practice,
                30),
        "another company's practice");
    assertTrue(
        staff.call(() -> paymentDesk.page(PaymentState.SUBMITTED, 0, 500)).stream()
            .noneMatch(p -> p.id().equals(draft.id())),
        "staff never see drafts");

    byte[] tooLarge = new byte[500 * 1024 + 1];
    byte[] header = TestPdf.of("Ricevuta");
    System.arraycopy(header, 0, tooLarge, 0, header.length);
    assertEquals(
        "attachment.tooLarge",
        assertThrows(
                InvalidValueException.class,
                () ->
                    payments.attachReceipt(
                        owner, null, draft.id(), "grande.pdf", new ByteArrayInputStream(tooLarge)))
            .messageKey());
    assertEquals(
        "payment.paidOn.future",
        assertThrows(
                InvalidFieldException.class,
                () ->
                    payments.save(
                        owner,
                        null,
                        draft.id(),
                        draft.version(),
                        new PaymentDetails(
                            Money.of("30"),
                            PaymentMode.BANK_TRANSFER,
                            "12345678901",
                            LocalDate.now().plusDays(2),
                            null)))
            .messageKey());
    var unchanged = payments.find(owner, null, draft.id());
    assertEquals(null, unchanged.receiptId());
    assertEquals(PaymentMode.POSTAL_ACCOUNT, unchanged.mode(), "nothing half-saved");
    payments.discard(owner, null, draft.id());
    assertThrows(NotFoundException.class, () -> payments.find(owner, null, draft.id()));
  }

  @Test
  void py4ThePagoPaNoticeOfWhatAPracticeStillNeedsKeepsItsNumberForTheSameAmount()
      throws Exception {
    String operator = validated.withOperator();
    var practice = devicePractices(operator, 1).get(0);

    var notice = notices.notice(operator, null, practice.practiceId());
    assertTrue(notice.fileName().matches("avviso-pagopa-301\\d{15}\\.pdf"), notice.fileName());
    String number = notice.fileName().substring(14, 32);
    String text = text(notice.pdf());
    assertTrue(text.contains("30,00 Euro"), text);
    assertTrue(text.contains(practice.number()), text);
    assertTrue(text.contains(NoticeNumber.parse(number).grouped()), text);
    assertEquals(
        notice.fileName(), notices.notice(operator, null, practice.practiceId()).fileName());

    var draft = ready(operator, practice, 10);
    payments.sign(operator, null, draft.id(), draft.version(), pin());
    var less = notices.notice(operator, null, practice.practiceId());
    assertNotEquals(notice.fileName(), less.fileName(), "20 € is another debt position");
    assertTrue(text(less.pdf()).contains("20,00 Euro"));
    assertThrows(
        NotFoundException.class,
        () -> notices.notice(validated.withOperator(), null, practice.practiceId()));
  }

  @Test
  void py1TheYearsRenewalIsRequestedOnceWithItsContributionFrozenInTheReport() throws Exception {
    String operator = validated.withOperator();
    int year = LocalDate.now().getYear();
    var open = contributions.years(operator, null);
    assertEquals(year, open.get(0).year());
    assertFalse(open.get(0).isRequested());
    assertTrue(contributions.mayRequest(operator, null));
    var expected = files.contribution(operator, null).total();

    Callable<Object> requesting = () -> contributions.request(operator, null, year, pin());
    int conflicts = 0;
    for (var outcome : List.of(executor.submit(requesting), executor.submit(requesting))) {
      try {
        outcome.get();
      } catch (ExecutionException e) {
        assertEquals("contribution.alreadyRequested", businessCause(e).messageKey());
        conflicts++;
      }
    }

    assertEquals(1, conflicts, "one renewal per year");
    var requested = contributions.years(operator, null).get(0);
    assertEquals(PracticeState.SUBMITTED, requested.state());
    assertEquals(expected.amount(), requested.amountDue());
    String report = text(contributions.report(operator, null, requested.practiceId()).pdf());
    assertTrue(report.contains("Rinnovo annuale") && report.contains("Anno " + year), report);
    assertEquals(
        "contribution.yearNotOpen",
        assertThrows(
                InvalidValueException.class,
                () -> contributions.request(operator, null, year - 30, pin()))
            .messageKey());
  }

  @Test
  void ad3StaffFindTheCompanyByPartOfItsCodeAndItsPaymentInTheAuditLog() throws Exception {
    String operator = validated.withOperator();
    var practice = devicePractices(operator, 1).get(0);
    var draft = ready(operator, practice, 30);
    payments.sign(operator, null, draft.id(), draft.version(), pin());
    String part = operator.substring(2, 9).toLowerCase();

    var found = staff.call(() -> lookup.search(part, 0, 20));
    assertTrue(found.stream().anyMatch(c -> c.codiceFiscale().equals(operator)), "" + found);
    assertTrue(staff.call(() -> lookup.count(part)) >= 1);

    var byCompany =
        staff.call(() -> audit.page(new AuditFilter(part, null, null, null, null), 0, 50));
    assertTrue(
        byCompany.stream()
            .anyMatch(
                e ->
                    e.action().equals("PAYMENT_SUBMITTED")
                        && operator.equals(e.companyCodiceFiscale())),
        "" + byCompany);
    var byActorAndKind =
        staff.call(
            () ->
                audit.page(
                    new AuditFilter(
                        null, operator, "PAYMENT_SUBMITTED", LocalDate.now(), LocalDate.now()),
                    0,
                    50));
    assertEquals(1, byActorAndKind.size());
    assertTrue(staff.call(() -> audit.actions()).contains("PAYMENT_SUBMITTED"));
    String csv =
        new String(
            staff.call(() -> audit.csv(new AuditFilter(part, null, null, null, null))), "UTF-8");
    assertTrue(csv.contains("PAYMENT_SUBMITTED") && csv.contains(operator), csv);
    assertThrows(Exception.class, () -> audit.page(AuditFilter.any(), 0, 1), "staff only");
  }

  @Test
  void aDelegatePaysOnlyTheirOwnPracticesAndSeesOnlyTheirOwnPayments() throws Exception {
    String delegate = "BNCGNN75B12F205E";
    String device = files.devicesInUse(delegate).get(0).publicId();
    var own = requests.create(delegate, device, PracticeType.DEVICE_DUPLICATE, device);
    var signed =
        requests.sign(delegate, device, own.publicId(), own.version(), "147036".toCharArray());

    var payable = payments.payable(delegate, device);
    assertEquals(
        List.of(signed.publicId()), payable.stream().map(PracticeDue::practiceId).toList());
    var draft = payments.create(delegate, device);
    assertTrue(
        payments.drafts("operatore", null).stream().noneMatch(p -> p.id().equals(draft.id())),
        "a draft is its author's");
    assertThrows(NotFoundException.class, () -> payments.find("operatore", null, draft.id()));
    assertFalse(contributions.mayRequest(delegate, device), "the legal representative's");
    var operatorsDraft = payments.create("operatore", null);
    assertThrows(
        NotFoundException.class, () -> payments.find(delegate, device, operatorsDraft.id()));
    payments.discard("operatore", null, operatorsDraft.id());
    payments.discard(delegate, device, draft.id());
  }

  private static String text(byte[] pdf) throws Exception {
    try (var document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      return PdfTextExtractor.getTextFromPage(document.getPage(1));
    }
  }

  /** Practices of devices requested by signed changes, each costing the sample price. */
  private List<PracticeDue> devicePractices(String operator, int count) {
    for (int i = 0; i < count; i++) {
      validated.localUnitWithDevice(operator, n("u"), "Unità " + i, n("d"));
    }
    signing.sign(operator, null, ValidatedCompanies.PIN.toCharArray());
    var payable = payments.payable(operator, null);
    assertEquals(count, payable.size());
    return payable;
  }

  private PaymentView ready(String operator, PracticeDue practice, long share) throws Exception {
    var draft = payments.create(operator, null);
    var saved =
        save(operator, draft, String.valueOf(share), PaymentMode.BANK_TRANSFER, "12345678901");
    allocate(operator, saved, practice, share);
    return payments.attachReceipt(
        operator, null, draft.id(), "ricevuta.pdf", TestPdf.stream("Ricevuta"));
  }

  private PaymentView save(
      String operator, PaymentView draft, String amount, PaymentMode mode, String reference) {
    return payments.save(
        operator,
        null,
        draft.id(),
        draft.version(),
        new PaymentDetails(Money.of(amount), mode, reference, LocalDate.now(), "nota"));
  }

  private PaymentView allocate(
      String operator, PaymentView payment, PracticeDue practice, long share) {
    return payments.allocate(
        operator, null, payment.id(), payment.version(), practice.practiceId(), share, null);
  }

  /** The practice's version as the back office sees it. */
  private long version(PracticeDue due) {
    return staff.call(() -> practiceDesk.find(due.practiceId())).version();
  }

  private boolean mailed(String subject) {
    return outbox.page(0, 200).stream().anyMatch(m -> m.subject().contains(subject));
  }

  private static BusinessException businessCause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BusinessException business) {
        return business;
      }
    }
    throw new AssertionError("no business exception in", thrown);
  }

  private static char[] pin() {
    return ValidatedCompanies.PIN.toCharArray();
  }

  private static String n(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }
}
