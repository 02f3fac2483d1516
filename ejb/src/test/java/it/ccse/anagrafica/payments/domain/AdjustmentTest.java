package it.ccse.anagrafica.payments.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.payments.domain.AdjustmentOperation.Kind;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AJ-1..AJ-3, AD-3: the rules of a request for an adjustment and of its uses. */
class AdjustmentTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);
  private static final long PAID = 7L;
  private static final long RENEWAL = 9L;
  private static final AdjustmentReason EXCESS =
      AdjustmentReason.of("excess_payment", " Versamento eccedente il dovuto ");

  /** Paid 100 € for a practice the system prices 100 €, the user reckons 60 €: 40 € to credit. */
  private static AdjustmentFigures figures(Money userDue) {
    return new AdjustmentFigures(Money.of("100"), Money.of("100"), userDue);
  }

  private static Adjustment described() {
    var adjustment = Adjustment.draft(1L, "op", NOW);
    adjustment.describe(PAID, figures(Money.of("60")), EXCESS, " nota ");
    return adjustment;
  }

  private static Adjustment approved() {
    var adjustment = described();
    adjustment.submit(false, NOW.plusHours(1));
    adjustment.approve("staff", NOW.plusHours(2));
    return adjustment;
  }

  private static InvalidFieldException refusedDescription(
      Long practiceId, AdjustmentFigures figures, AdjustmentReason reason) {
    return assertThrows(
        InvalidFieldException.class,
        () -> Adjustment.draft(1L, "op", NOW).describe(practiceId, figures, reason, null));
  }

  @Test
  void aj2TheAdjustmentIsWhatWasPaidLessTheUsersDueInEurosAndCents() {
    var adjustment = described();

    assertEquals(Money.of("40"), adjustment.amount());
    assertEquals(Money.of("40"), adjustment.residual());
    assertEquals("nota", adjustment.getNote());
    assertEquals("EXCESS_PAYMENT", adjustment.getReasonCode());
    assertEquals(NOW.toLocalDate(), adjustment.getRequestDate(), "Data Richiesta: the system's");
    assertEquals(Money.of("0.50"), figures(Money.of("99.50")).amount());
    assertEquals(Money.ofSigned("-20"), figures(Money.of("120")).amount(), "the page shows it");
  }

  @Test
  void aj2TheAmountMustBeAboveZeroAndTheMessageIsOnTheUsersDue() {
    for (String userDue : new String[] {"100", "100.01", "250"}) {
      var refused = refusedDescription(PAID, figures(Money.of(userDue)), EXCESS);
      assertEquals("userDue", refused.field());
      assertEquals("adjustment.amount.notPositive", refused.messageKey());
      assertArrayEquals(new Object[] {Money.of("100")}, refused.arguments());
    }
  }

  @Test
  void aj2TheUsersDueIsRequiredAndNotNegative() {
    var negative = refusedDescription(PAID, figures(Money.ofSigned("-1")), EXCESS);
    assertEquals("userDue", negative.field());
    assertEquals("adjustment.userDue.negative", negative.messageKey());
    var missing = refusedDescription(PAID, figures(null), EXCESS);
    assertEquals("userDue", missing.field());
    assertEquals("validation.required", missing.messageKey());
  }

  @Test
  void aj2APracticeAlreadyPaidAndAnActiveReasonAreRequired() {
    assertEquals("practice", refusedDescription(null, null, EXCESS).field());
    assertEquals("reason", refusedDescription(PAID, figures(Money.ZERO), null).field());
    var unpaid =
        refusedDescription(
            PAID, new AdjustmentFigures(Money.ZERO, Money.of("30"), Money.ZERO), EXCESS);
    assertEquals("practice", unpaid.field());
    assertEquals("adjustment.practice.unpaid", unpaid.messageKey());

    var retired = AdjustmentReason.of("OLD", "Motivazione dismessa");
    retired.deactivate();
    assertEquals(
        "adjustment.reason.inactive",
        refusedDescription(PAID, figures(Money.ZERO), retired).messageKey());
  }

  @Test
  void aj2SigningNeedsASavedRequestAndAPracticeNoOtherRequestClaimed() {
    var unsaved = Adjustment.draft(1L, "op", NOW);
    assertEquals(
        "practice",
        assertThrows(InvalidFieldException.class, () -> unsaved.submit(false, NOW)).field());

    var raced = described();
    var claimed = assertThrows(ConflictException.class, () -> raced.submit(true, NOW));
    assertEquals("adjustment.practice.claimed", claimed.messageKey());
    assertEquals(AdjustmentState.DRAFT, raced.getState());

    raced.submit(false, NOW);
    assertEquals(AdjustmentState.SUBMITTED, raced.getState());
    assertTrue(raced.getState().claimsPractice());
    assertThrows(
        ConflictException.class, () -> raced.describe(PAID, figures(Money.ZERO), EXCESS, null));
    assertThrows(ConflictException.class, () -> raced.submit(false, NOW));
  }

  @Test
  void aj2TheOptionalAttachmentOfADraftIsReplacedOrRemovedUntilSigned() {
    var adjustment = described();
    assertTrue(adjustment.attach(new Receipt("a1", "ricevuta.pdf")).isEmpty());
    assertEquals(
        "a1",
        adjustment.attach(new Receipt("a2", "bonifico.pdf")).orElseThrow().attachmentPublicId());
    assertEquals("a2", adjustment.removeAttachment().attachmentPublicId());
    assertThrows(NotFoundException.class, adjustment::removeAttachment);

    adjustment.attach(new Receipt("a3", "ricevuta.pdf"));
    adjustment.submit(false, NOW);
    assertThrows(ConflictException.class, adjustment::removeAttachment);
    assertEquals("a3", adjustment.attachment().orElseThrow().attachmentPublicId());
  }

  @Test
  void ad3StaffApproveOrRejectWithAReasonOnce() {
    var adjustment = approved();
    assertEquals(AdjustmentState.APPROVED, adjustment.getState());
    assertEquals("staff", adjustment.getCheckedBy());
    assertThrows(ConflictException.class, () -> adjustment.reject("no", "staff", NOW));
    assertThrows(ConflictException.class, () -> adjustment.approve("staff", NOW));

    var rejected = described();
    assertThrows(ConflictException.class, () -> rejected.approve("staff", NOW), "not signed");
    rejected.submit(false, NOW);
    assertEquals(
        "reason",
        assertThrows(InvalidFieldException.class, () -> rejected.reject(" ", "staff", NOW))
            .field());
    rejected.reject("Importo dovuto non corretto", "staff", NOW);
    assertEquals(AdjustmentState.REJECTED, rejected.getState());
    assertFalse(rejected.getState().claimsPractice(), "the practice may be claimed again");
    assertEquals("Importo dovuto non corretto", rejected.getRejectionReason());
  }

  @Test
  void aj3OnlyAnApprovedAdjustmentIsUsed() {
    var submitted = described();
    submitted.submit(false, NOW);
    var rejected = described();
    rejected.submit(false, NOW);
    rejected.reject("No", "staff", NOW);
    for (var adjustment : List.of(described(), submitted, rejected)) {
      assertEquals(
          "adjustment.notApproved",
          assertThrows(
                  InvalidValueException.class,
                  () ->
                      adjustment.use(
                          RENEWAL,
                          PracticeType.ANNUAL_RENEWAL,
                          Money.of("10"),
                          Money.of("50"),
                          "op",
                          NOW))
              .messageKey());
    }
  }

  @Test
  void aj3AUseGoesToAnAnnualRenewalAboveZeroWithinTheResidualAndWhatTheRenewalNeeds() {
    var adjustment = approved();
    assertEquals(
        "adjustment.use.renewalOnly",
        refusedUse(adjustment, PracticeType.NEW_DEVICE, "10", "50").messageKey());
    assertEquals(
        "usePractice", refusedUse(adjustment, PracticeType.NEW_DEVICE, "10", "50").field());
    assertEquals(
        "adjustment.use.notPositive",
        refusedUse(adjustment, PracticeType.ANNUAL_RENEWAL, "0", "50").messageKey());
    var aboveResidual = refusedUse(adjustment, PracticeType.ANNUAL_RENEWAL, "40.01", "50");
    assertEquals("useAmount", aboveResidual.field());
    assertEquals("adjustment.use.aboveResidual", aboveResidual.messageKey());
    assertArrayEquals(new Object[] {Money.of("40")}, aboveResidual.arguments());
    var aboveNeed = refusedUse(adjustment, PracticeType.ANNUAL_RENEWAL, "30", "29.99");
    assertEquals("adjustment.use.aboveNeed", aboveNeed.messageKey());
    assertArrayEquals(new Object[] {Money.of("29.99")}, aboveNeed.arguments());
    assertEquals(
        "usePractice",
        assertThrows(
                InvalidFieldException.class,
                () -> adjustment.use(null, null, Money.of("1"), Money.ZERO, "op", NOW))
            .field());

    adjustment.use(RENEWAL, PracticeType.ANNUAL_RENEWAL, Money.of("40"), Money.of("40"), "op", NOW);
    assertEquals(Money.of("40"), adjustment.pendingUse("op").orElseThrow().amount());
  }

  private static InvalidFieldException refusedUse(
      Adjustment adjustment, PracticeType type, String amount, String need) {
    return assertThrows(
        InvalidFieldException.class,
        () -> adjustment.use(RENEWAL, type, Money.of(amount), Money.of(need), "op", NOW));
  }

  @Test
  void aj3TheResidualIsTheAmountLessTheSignedUsesAPendingUseTakesNothing() {
    var adjustment = approved();
    adjustment.use(RENEWAL, PracticeType.ANNUAL_RENEWAL, Money.of("10"), Money.of("50"), "op", NOW);
    adjustment.use(RENEWAL, PracticeType.ANNUAL_RENEWAL, Money.of("15"), Money.of("50"), "op", NOW);
    assertEquals(Money.of("15"), adjustment.pendingUse("op").orElseThrow().amount(), "replaced");
    assertEquals(Money.of("40"), adjustment.residual(), "pending: nothing taken yet");

    var signed = adjustment.signUse("op", id -> Money.of("50"), NOW.plusHours(3));

    assertEquals(NOW.plusHours(3), signed.signedAt().orElseThrow());
    assertEquals(Money.of("25"), adjustment.residual());
    assertTrue(adjustment.pendingUse("op").isEmpty());
    assertEquals(List.of(signed), adjustment.signedUses());

    adjustment.use(RENEWAL, PracticeType.ANNUAL_RENEWAL, Money.of("5"), Money.of("35"), "op", NOW);
    adjustment.withdrawUse("op");
    assertTrue(adjustment.pendingUse("op").isEmpty());
    assertThrows(NotFoundException.class, () -> adjustment.withdrawUse("op"));
    assertThrows(
        NotFoundException.class, () -> adjustment.signUse("op", id -> Money.of("35"), NOW));
  }

  @Test
  void aj3OfTwoUsesRacingForTheLastEurosTheSecondToSignIsToldWhatIsLeft() {
    var adjustment = approved();
    adjustment.use(RENEWAL, PracticeType.ANNUAL_RENEWAL, Money.of("30"), Money.of("50"), "op", NOW);
    adjustment.use(
        RENEWAL + 1, PracticeType.ANNUAL_RENEWAL, Money.of("30"), Money.of("50"), "rep", NOW);
    adjustment.signUse("op", id -> Money.of("50"), NOW);

    var residualTaken =
        assertThrows(
            ConflictException.class, () -> adjustment.signUse("rep", id -> Money.of("50"), NOW));
    assertEquals("adjustment.residual.taken", residualTaken.messageKey());
    assertArrayEquals(new Object[] {Money.of("10")}, residualTaken.arguments());
    assertTrue(adjustment.pendingUse("rep").isPresent(), "kept, to correct");

    adjustment.use(
        RENEWAL + 1, PracticeType.ANNUAL_RENEWAL, Money.of("10"), Money.of("50"), "rep", NOW);
    var needTaken =
        assertThrows(
            ConflictException.class, () -> adjustment.signUse("rep", id -> Money.of("5"), NOW));
    assertEquals("adjustment.use.taken", needTaken.messageKey());
    assertArrayEquals(new Object[] {Money.of("5")}, needTaken.arguments());
    assertEquals(Money.of("10"), adjustment.residual());
  }

  @Test
  void aj1TheHistoryIsTheRequestTheDecisionAndEachSignedUse() {
    assertEquals(List.of(), described().history(), "a draft has none");
    var adjustment = approved();
    adjustment.use(RENEWAL, PracticeType.ANNUAL_RENEWAL, Money.of("25"), Money.of("50"), "op", NOW);
    adjustment.signUse("op", id -> Money.of("50"), NOW.plusHours(3));
    adjustment.use(RENEWAL, PracticeType.ANNUAL_RENEWAL, Money.of("5"), Money.of("25"), "op", NOW);

    var history = adjustment.history();

    assertEquals(
        List.of(
            new AdjustmentOperation(Kind.REQUESTED, NOW.plusHours(1), "op", PAID, Money.of("40")),
            new AdjustmentOperation(Kind.APPROVED, NOW.plusHours(2), "staff", PAID, Money.of("40")),
            new AdjustmentOperation(Kind.USED, NOW.plusHours(3), "op", RENEWAL, Money.of("25"))),
        history,
        "the pending use is no operation yet");
    assertTrue(Kind.APPROVED.byStaff());
    assertFalse(Kind.USED.byStaff());

    var rejected = described();
    rejected.submit(false, NOW);
    rejected.reject("No", "staff", NOW.plusDays(1));
    assertEquals(
        List.of(Kind.REQUESTED, Kind.REJECTED),
        rejected.history().stream().map(AdjustmentOperation::kind).toList());
  }

  @Test
  void ad3CcseMaintainsTheReasons() {
    var reason = AdjustmentReason.of(" altro_2 ", "Altro");
    assertEquals("ALTRO_2", reason.getCode());
    assertTrue(reason.isActive());
    for (String wrong : new String[] {"1ABC", "A", "CON SPAZI", "X".repeat(41)}) {
      var refused =
          assertThrows(InvalidFieldException.class, () -> AdjustmentReason.of(wrong, "Altro"));
      assertEquals("code", refused.field());
      assertEquals("adjustment.reason.codeFormat", refused.messageKey());
    }
    assertEquals(
        "validation.required",
        assertThrows(InvalidFieldException.class, () -> AdjustmentReason.of(" ", "Altro"))
            .messageKey());
    assertEquals(
        "label",
        assertThrows(InvalidFieldException.class, () -> reason.rename("x".repeat(201))).field());
    reason.rename("Altra motivazione");
    reason.deactivate();
    assertEquals("Altra motivazione", reason.getLabel());
    assertFalse(reason.isActive());
    reason.activate();
    assertTrue(reason.isActive());
  }
}
