package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.payments.application.AdjustmentDesk;
import it.ccse.anagrafica.payments.application.AdjustmentReasons;
import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentDetails;
import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.payments.application.AdjustmentViews.OperationView;
import it.ccse.anagrafica.payments.application.AdjustmentViews.PaidPractice;
import it.ccse.anagrafica.payments.application.Adjustments;
import it.ccse.anagrafica.payments.application.PaymentViews.PracticeDue;
import it.ccse.anagrafica.payments.domain.AdjustmentOperation.Kind;
import it.ccse.anagrafica.payments.domain.AdjustmentState;
import it.ccse.anagrafica.practices.application.PracticeDesk;
import it.ccse.anagrafica.shared.domain.BusinessException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.Money;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18 on Payara with PostgreSQL: adjustments (AJ-1..AJ-3, AD-3). A device practice paid by a
 * verified payment is adjusted, CCSE approves, and the adjustment pays annual renewals. The
 * renewals are rows written here, since the contributions' own service is another change's.
 */
@ExtendWith(ArquillianExtension.class)
class AdjustmentsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithStaffCaller(
        AdjustmentsIT.class, CompanyCodes.class, ValidatedCompanies.class, PaidPractices.class);
  }

  @Inject private Adjustments adjustments;
  @Inject private AdjustmentDesk desk;
  @Inject private AdjustmentReasons reasons;
  @Inject private PracticeDesk practiceDesk;
  @Inject private OutboxService outbox;
  @Inject private ValidatedCompanies validated;
  @Inject private PaidPractices paid;
  @Inject private StaffCaller staff;

  @Resource(lookup = "java:app/jdbc/anagrafica")
  private DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  @Test
  void aj1ToAj3AnAdjustmentOfAPaidPracticeApprovedByCcsePaysAnAnnualRenewal() throws Exception {
    String operator = validated.withOperator();
    var device = paid.devices(operator, 1).get(0);
    var offered = adjustments.paidPractices(operator, null);
    assertEquals(
        List.of(
            new PaidPractice(
                device.practiceId(),
                device.number(),
                device.type(),
                PaidPractices.DEVICE,
                PaidPractices.DEVICE)),
        offered,
        "Totale versato and Importo dovuto (calcolato Sistri)");

    var draft = adjustments.create(operator, null);
    assertEquals(LocalDate.now(), draft.requestDate(), "Data Richiesta, set by the system");
    var nothingToCredit =
        assertThrows(InvalidFieldException.class, () -> save(operator, draft, device, "30"));
    assertEquals("userDue", nothingToCredit.field());
    assertEquals("adjustment.amount.notPositive", nothingToCredit.messageKey());
    var saved = save(operator, draft, device, "9.50");
    assertEquals(Money.of("20.50"), saved.amount());
    var signed = adjustments.sign(operator, null, draft.id(), saved.version(), pin());
    assertEquals(AdjustmentState.SUBMITTED, signed.state());
    assertTrue(adjustments.paidPractices(operator, null).isEmpty(), "adjusted once");
    assertTrue(mailed("richiesta di conguaglio di 20,50 € inviata"));

    var small = renewal(device, "15");
    var large = renewal(device, "50");
    assertEquals(
        "adjustment.notApproved",
        assertThrows(
                BusinessException.class,
                () -> adjustments.use(operator, null, draft.id(), small, Money.of("1")))
            .messageKey());
    var approved = staff.call(() -> desk.approve("backoffice", draft.id(), signed.version()));
    assertEquals(AdjustmentState.APPROVED, approved.state());
    assertTrue(mailed("conguaglio di 20,50 € approvato"));

    assertEquals(List.of(small, large), renewalIds(operator));
    assertEquals(
        "adjustment.use.aboveResidual",
        assertThrows(
                InvalidFieldException.class,
                () -> adjustments.use(operator, null, draft.id(), large, Money.of("20.51")))
            .messageKey());
    assertEquals(
        "adjustment.use.renewalOnly",
        assertThrows(
                InvalidFieldException.class,
                () ->
                    adjustments.use(operator, null, draft.id(), device.practiceId(), Money.of("1")))
            .messageKey());
    var pending = adjustments.use(operator, null, draft.id(), small, Money.of("15"));
    assertEquals(Money.of("20.50"), pending.residual(), "nothing taken before FIRMA");
    var used = adjustments.signUse(operator, null, draft.id(), pin());

    assertEquals(Money.of("5.50"), used.residual());
    assertEquals(List.of(large), renewalIds(operator), "the renewal needs nothing more");
    var renewal = staff.call(() -> practiceDesk.find(small));
    assertEquals(0, new BigDecimal("15").compareTo(renewal.covered()), "covered");
    assertFalse(renewal.awaitingPayment());
    assertEquals(
        List.of(Kind.USED, Kind.APPROVED, Kind.REQUESTED),
        adjustments.overview(operator, null).history().stream().map(OperationView::kind).toList());
    assertTrue(mailed("conguaglio di 15,00 € utilizzato"));
  }

  @Test
  void aj3TwoAdjustmentsRacingForTheLastEurosOfARenewalOneWinsTheOtherIsToldWhatIsLeft()
      throws Exception {
    String operator = validated.withOperator();
    var devices = paid.devices(operator, 2);
    var one = approved(operator, devices.get(0), "10");
    var other = approved(operator, devices.get(1), "10");
    var renewal = renewal(devices.get(0), "30");
    adjustments.use(operator, null, one.id(), renewal, Money.of("20"));
    adjustments.use(operator, null, other.id(), renewal, Money.of("20"));

    Callable<AdjustmentView> signOne = () -> adjustments.signUse(operator, null, one.id(), pin());
    Callable<AdjustmentView> signOther =
        () -> adjustments.signUse(operator, null, other.id(), pin());
    int conflicts = 0;
    for (var outcome : List.of(executor.submit(signOne), executor.submit(signOther))) {
      try {
        outcome.get();
      } catch (ExecutionException e) {
        var refusal = business(e);
        assertEquals("adjustment.use.taken", refusal.messageKey());
        assertEquals(Money.of("10"), refusal.arguments()[0], "what is left is told");
        conflicts++;
      }
    }

    assertEquals(1, conflicts);
    assertEquals(
        Money.of("10"),
        adjustments.renewals(operator, null).get(0).stillNeeded(),
        "one use paid it, the other stays pending");
  }

  @Test
  void anotherCompanysAdjustmentReadsAsNotFoundAndWithoutAVerifiedPaymentNothingIsOffered()
      throws Exception {
    String owner = validated.withOperator();
    var device = paid.devices(owner, 1).get(0);
    var adjustment = approved(owner, device, "0");
    String other = validated.withOperator();

    assertThrows(NotFoundException.class, () -> adjustments.find(other, null, adjustment.id()));
    assertThrows(
        NotFoundException.class,
        () -> adjustments.use(other, null, adjustment.id(), null, Money.of("1")));
    assertThrows(
        NotFoundException.class, () -> adjustments.signUse(other, null, adjustment.id(), pin()));
    assertTrue(
        adjustments.overview(other, null).adjustments().isEmpty(), "nothing of the other company");

    assertTrue(
        adjustments.paidPractices(other, null).isEmpty(),
        "no verified payment: the page explains why no practice is offered");
    var otherDraft = adjustments.create(other, null);
    var notTheirs =
        assertThrows(InvalidFieldException.class, () -> save(other, otherDraft, device, "0"));
    assertEquals("practice", notTheirs.field());
    assertEquals("adjustment.practice.notEligible", notTheirs.messageKey());
    assertFalse(reasons.active().isEmpty(), "the sample reasons of V34");
  }

  private AdjustmentView save(
      String operator, AdjustmentView draft, PracticeDue practice, String userDue) {
    return adjustments.save(
        operator,
        null,
        draft.id(),
        draft.version(),
        new AdjustmentDetails(
            practice.practiceId(),
            reasons.active().get(0).code(),
            "Versato due volte",
            Money.of(userDue)));
  }

  /** A request for the paid practice with the user's due, signed and approved by CCSE. */
  private AdjustmentView approved(String operator, PracticeDue practice, String userDue) {
    var draft = adjustments.create(operator, null);
    var saved = save(operator, draft, practice, userDue);
    var signed = adjustments.sign(operator, null, draft.id(), saved.version(), pin());
    return staff.call(() -> desk.approve("backoffice", signed.id(), signed.version()));
  }

  /**
   * An annual renewal (PY-1) of the practice's company, presented this year with the amount due: a
   * row as the contributions' service will write it.
   */
  private String renewal(PracticeDue ofCompany, String amountDue) throws SQLException {
    String publicId = UUID.randomUUID().toString();
    try (var connection = dataSource.getConnection();
        var insert =
            connection.prepareStatement(
                "insert into practice (id, version, public_id, practice_number, company_id,"
                    + " practice_type, state, target, usb_lost, amount_due, created_by,"
                    + " created_at, submitted_by, submitted_at) select nextval('practice_seq'),"
                    + " 1, ?, ?, company_id, 'ANNUAL_RENEWAL', 'SUBMITTED', ?, false, ?,"
                    + " created_by, localtimestamp, created_by, localtimestamp from practice"
                    + " where public_id = ?")) {
      insert.setString(1, publicId);
      insert.setString(2, "RN-" + publicId.substring(0, 13));
      insert.setString(3, String.valueOf(Year.now().getValue()));
      insert.setBigDecimal(4, new BigDecimal(amountDue));
      insert.setString(5, ofCompany.practiceId());
      assertEquals(1, insert.executeUpdate());
    }
    return publicId;
  }

  private List<String> renewalIds(String operator) {
    return adjustments.renewals(operator, null).stream().map(PracticeDue::practiceId).toList();
  }

  private boolean mailed(String subject) {
    return outbox.page(0, 200).stream().anyMatch(m -> m.subject().contains(subject));
  }

  private static BusinessException business(Throwable thrown) {
    return Stream.iterate(thrown, Objects::nonNull, Throwable::getCause)
        .filter(BusinessException.class::isInstance)
        .map(BusinessException.class::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no business exception in", thrown));
  }

  private static char[] pin() {
    return ValidatedCompanies.PIN.toCharArray();
  }
}
