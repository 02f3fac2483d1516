package it.ccse.anagrafica.practices.domain;

import static it.ccse.anagrafica.practices.domain.PracticeFixture.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.file.domain.EditScope;
import it.ccse.anagrafica.shared.domain.BusinessException;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A practice from draft to outcome (ST-1, AD-2), and what each step refuses. */
class PracticeLifecycleTest {

  private final PracticeFixture p = new PracticeFixture();

  @Test
  void st1FirmaNumbersThePracticeAndFreezesTheAmountDue() {
    var practice = p.draft(PracticeType.UNIT_CLOSURE, "unit-1");
    assertEquals(Optional.empty(), practice.amountDue());

    practice.submit("PR-2026-000123", Money.of("15.00"), "12345670017", AT);

    assertEquals(PracticeState.SUBMITTED, practice.getState());
    assertEquals(Optional.of("PR-2026-000123"), practice.getNumber());
    assertEquals(Optional.of(Money.of("15.00")), practice.amountDue());
    assertEquals(Optional.of("12345670017"), practice.getProcessing().submittedBy());
    assertTrue(practice.cancellable());
  }

  @Test
  void rq1ADraftIsFiledOnlyOnAnEligibleTarget() {
    var refused =
        assertThrows(
            InvalidFieldException.class,
            () ->
                Practice.draft(
                    PracticeType.UNIT_CLOSURE,
                    p.f.office.getPublicId(),
                    p.targets,
                    EditScope.wholeFile(),
                    "12345670017",
                    AT));
    assertEquals("practice.targetNotEligible", refused.messageKey());
  }

  @Test
  void rq2FirmaIsRefusedWhileARequiredDocumentIsMissing() {
    var practice =
        Practice.draft(
            PracticeType.DEVICE_REPLACEMENT_THEFT,
            "dev-unit",
            p.targets,
            EditScope.wholeFile(),
            "12345670017",
            AT);
    practice.attach(PracticeFixture.attachment(DocumentKind.IDENTITY_DOCUMENT));

    assertEquals(Set.of(DocumentKind.THEFT_REPORT), practice.missingDocuments());
    refused(
        "practice.missingDocuments", () -> practice.submit("PR-1", PracticeFixture.PRICE, "x", AT));
    assertEquals(PracticeState.DRAFT, practice.getState());
  }

  @Test
  void rq2OnlyTheDocumentsTheTypeRequiresAreAttached() {
    var practice = p.draft(PracticeType.DEVICE_DUPLICATE, "dev-unit");

    refused(
        "practice.documentNotRequired",
        () -> practice.attach(PracticeFixture.attachment(DocumentKind.THEFT_REPORT)));
  }

  @Test
  void rq1ATransferIsSignedOnlyWithTheNewNameAndAddress() {
    var practice =
        Practice.draft(
            PracticeType.UNIT_TRANSFER, "unit-1", p.targets, EditScope.wholeFile(), "x", AT);
    practice.attach(PracticeFixture.attachment(DocumentKind.SUPPORTING_DOCUMENT));

    var refused =
        assertThrows(
            InvalidFieldException.class,
            () -> practice.submit("PR-1", PracticeFixture.PRICE, "x", AT));
    assertEquals("newSiteName", refused.field());
  }

  @Test
  void ad2TheStatesMoveOnlyForward() {
    var draft = p.draft(PracticeType.UNIT_CLOSURE, "unit-1");
    conflict(() -> draft.take("staff"));
    conflict(() -> draft.cancel(AT));

    var taken = p.taken(PracticeType.UNIT_CLOSURE, "unit-1");
    conflict(() -> taken.take("other staff"));
    conflict(() -> taken.cancel(AT));
    conflict(() -> taken.attach(PracticeFixture.attachment(DocumentKind.SUPPORTING_DOCUMENT)));

    taken.reject("Documento illeggibile", AT);
    conflict(() -> taken.complete(p.targets, AT));
    assertEquals(PracticeState.REJECTED, taken.getState());
    assertEquals(Optional.of("Documento illeggibile"), taken.getProcessing().rejectionReason());
  }

  @Test
  void ad2ARejectionNeedsAReason() {
    var practice = p.taken(PracticeType.UNIT_CLOSURE, "unit-1");

    refused("validation.required", () -> practice.reject("  ", AT));
    assertEquals(PracticeState.IN_PROGRESS, practice.getState());
  }

  @Test
  void st1AnnullaWhilePresented() {
    var practice = p.draft(PracticeType.DEVICE_DUPLICATE, "dev-unit");
    practice.submit("PR-1", PracticeFixture.PRICE, "x", AT);

    practice.cancel(AT);

    assertEquals(PracticeState.CANCELLED, practice.getState());
    assertFalse(practice.cancellable());
    assertEquals(Optional.of(AT), practice.getProcessing().closedAt());
  }

  @Test
  void rq2bThePracticeOfASignedChangeIsPresentedAndNeverCancelled() {
    var requested = p.f.unit.requestDevice("dev-new");

    var practice = Practice.ofSignedChange(requested, "PR-2", PracticeFixture.PRICE, "x", AT);

    assertEquals(PracticeState.SUBMITTED, practice.getState());
    assertEquals("dev-new", practice.getRequestedDevice());
    assertFalse(practice.cancellable());
    refused("practice.notCancellable", () -> practice.cancel(AT));
  }

  @Test
  void ad2ADeviceIsNotShippedWhilePaymentsDoNotCoverTheAmountDue() {
    var practice = p.taken(PracticeType.DEVICE_DUPLICATE, "dev-unit");
    var partly = Money.of("29.99");

    assertTrue(practice.awaitingPayment(partly));
    refused("practice.notCovered", () -> practice.ship("USB-0100", partly, p.targets, AT));
    assertEquals(PracticeState.IN_PROGRESS, practice.getState());
    assertEquals(1, p.f.unit.getDevices().size());
    assertFalse(practice.awaitingPayment(PracticeFixture.PRICE));
  }

  @Test
  void ad2ADevicePracticeIsCompletedByShippingAndOnlyIt() {
    var device = p.taken(PracticeType.ADDITIONAL_DEVICE, "dev-unit");
    var closure = p.taken(PracticeType.UNIT_CLOSURE, "unit-1");

    refused("practice.completedByShipping", () -> device.complete(p.targets, AT));
    refused(
        "practice.shipsNoDevice",
        () -> closure.ship("USB-0100", PracticeFixture.PRICE, p.targets, AT));
  }

  private static void conflict(Executable step) {
    assertEquals("practice.stateChanged", assertThrows(ConflictException.class, step).messageKey());
  }

  private static void refused(String key, Executable step) {
    BusinessException refused = assertThrows(InvalidValueException.class, step);
    assertEquals(key, refused.messageKey());
  }
}
