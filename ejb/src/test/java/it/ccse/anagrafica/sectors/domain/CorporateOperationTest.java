package it.ccse.anagrafica.sectors.domain;

import static it.ccse.anagrafica.sectors.domain.OperationDocument.NOTARIAL_DEED;
import static it.ccse.anagrafica.sectors.domain.OperationDocument.SELF_CERTIFICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OP-2, AD-1: the rules of a corporate operation and of its states. */
class CorporateOperationTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 10, 0);
  private static final String SHA = "a".repeat(64);

  private static CorporateOperation draft() {
    return CorporateOperation.draft(1L, OperationKind.FUSIONE_PER_INCORPORAZIONE, "op", NOW);
  }

  private static OperationFile file(String id) {
    return new OperationFile(id, id + ".pdf", 1234, SHA);
  }

  private static CorporateOperation withBothFiles() {
    var operation = draft();
    operation.attach(SELF_CERTIFICATION, file("auto"));
    operation.attach(NOTARIAL_DEED, file("atto"));
    return operation;
  }

  private static CorporateOperation sent() {
    var operation = withBothFiles();
    operation.send("op", NOW);
    return operation;
  }

  @Test
  void op2ADraftNeedsBothFilesBeforeItIsSent() {
    var operation = draft();
    assertEquals(CorporateOperationState.DRAFT, operation.getState());
    assertEquals(
        List.of(
            "corporateOperation.missing.SELF_CERTIFICATION",
            "corporateOperation.missing.NOTARIAL_DEED"),
        operation.missing());
    assertFalse(operation.isSendable());

    operation.attach(SELF_CERTIFICATION, file("auto"));
    assertEquals(List.of("corporateOperation.missing.NOTARIAL_DEED"), operation.missing());
    var refused = assertThrows(InvalidValueException.class, () -> operation.send("op", NOW));
    assertEquals("corporateOperation.missing.NOTARIAL_DEED", refused.messageKey());
    assertEquals(CorporateOperationState.DRAFT, operation.getState(), "nothing changed");

    operation.attach(NOTARIAL_DEED, file("atto"));
    assertTrue(operation.isSendable());
    assertEquals(
        List.of("auto", "atto"),
        operation.files().stream().map(OperationFile::attachmentId).toList());
  }

  @Test
  void op2WithNoFileTheSelfCertificationIsNamedFirst() {
    var refused = assertThrows(InvalidValueException.class, () -> draft().send("op", NOW));
    assertEquals("corporateOperation.missing.SELF_CERTIFICATION", refused.messageKey());
  }

  @Test
  void op2SendingRecordsWhoAndWhenAndFreezesTheFiles() {
    var operation = sent();

    assertEquals(CorporateOperationState.SENT, operation.getState());
    assertEquals("op", operation.getSentBy());
    assertEquals(NOW, operation.getSentAt());
    assertTrue(operation.files().stream().allMatch(OperationFile::isSent));
    assertFalse(operation.isSendable());
    var refused =
        assertThrows(
            InvalidValueException.class, () -> operation.attach(NOTARIAL_DEED, file("altro")));
    assertEquals("corporateOperation.notEditable", refused.messageKey());
    assertThrows(InvalidValueException.class, () -> operation.remove(NOTARIAL_DEED));
    var twice = assertThrows(ConflictException.class, () -> operation.send("op", NOW));
    assertEquals("corporateOperation.stateChanged", twice.messageKey());
  }

  @Test
  void op2AFileReplacedOrRemovedBeforeSendingIsDiscardedOneSentIsKept() {
    var operation = draft();
    assertEquals(Optional.empty(), operation.attach(SELF_CERTIFICATION, file("first")));
    assertEquals(
        Optional.of("first"),
        operation.attach(SELF_CERTIFICATION, file("second")).map(OperationFile::attachmentId));
    assertEquals(
        Optional.of("second"),
        operation.remove(SELF_CERTIFICATION).map(OperationFile::attachmentId));
    assertTrue(operation.file(SELF_CERTIFICATION).isEmpty());
    var none =
        assertThrows(InvalidValueException.class, () -> operation.remove(SELF_CERTIFICATION));
    assertEquals("corporateOperation.document.none", none.messageKey());

    var again = sent();
    again.requestMore("Manca la firma", "backoffice", NOW);
    assertEquals(
        Optional.empty(),
        again.attach(SELF_CERTIFICATION, file("firmata")),
        "the file sent stays: its e-mail may still be waiting for the mail server");
    assertEquals(
        Optional.of("firmata"),
        again.attach(SELF_CERTIFICATION, file("firmata-2")).map(OperationFile::attachmentId),
        "one never sent goes");
    assertEquals(Optional.empty(), again.remove(NOTARIAL_DEED));
  }

  @Test
  void ad1StaffMarkASentOperationHandled() {
    var operation = sent();

    operation.markHandled("backoffice", NOW.plusDays(1));

    assertEquals(CorporateOperationState.HANDLED, operation.getState());
    assertEquals("backoffice", operation.getCheckedBy());
    assertEquals(NOW.plusDays(1), operation.getCheckedAt());
    assertFalse(operation.getState().isEditable());
    var twice =
        assertThrows(ConflictException.class, () -> operation.markHandled("backoffice", NOW));
    assertEquals("corporateOperation.stateChanged", twice.messageKey());
    assertThrows(ConflictException.class, () -> operation.requestMore("x", "backoffice", NOW));
  }

  @Test
  void ad1MoreRequestedWithAMessageThenTheOperatorReplacesAFileAndSendsAgain() {
    var operation = sent();

    operation.requestMore("  L’atto non è leggibile  ", "backoffice", NOW);

    assertEquals(CorporateOperationState.MORE_REQUESTED, operation.getState());
    assertEquals("L’atto non è leggibile", operation.getStaffMessage());
    assertTrue(operation.getState().isEditable());
    assertTrue(operation.isSendable(), "the files sent are still there");
    operation.attach(NOTARIAL_DEED, file("atto-leggibile"));
    operation.send("op", NOW.plusDays(2));
    assertEquals(CorporateOperationState.SENT, operation.getState());
    assertEquals(NOW.plusDays(2), operation.getSentAt());
    assertNull(operation.getStaffMessage(), "the request is answered");
    operation.markHandled("backoffice", NOW.plusDays(3));
    assertEquals(CorporateOperationState.HANDLED, operation.getState());
  }

  @Test
  void ad1MoreRequestedNeedsAMessage() {
    var operation = sent();
    var refused =
        assertThrows(
            InvalidFieldException.class, () -> operation.requestMore(" ", "backoffice", NOW));
    assertEquals("reason", refused.field());
    assertEquals(CorporateOperationState.SENT, operation.getState());
  }

  @Test
  void ad1ADraftIsNeitherHandledNorAnsweredByStaff() {
    var operation = withBothFiles();
    assertThrows(ConflictException.class, () -> operation.markHandled("backoffice", NOW));
    assertThrows(ConflictException.class, () -> operation.requestMore("x", "backoffice", NOW));
    assertFalse(CorporateOperationState.DRAFT.isSentToCcse());
    assertTrue(CorporateOperationState.SENT.isSentToCcse());
    assertTrue(CorporateOperationState.HANDLED.isSentToCcse());
    assertTrue(CorporateOperationState.MORE_REQUESTED.isSentToCcse());
  }

  @Test
  void statesAndDocumentsNameTheirLabels() {
    assertEquals(
        "corporateOperation.state.MORE_REQUESTED",
        CorporateOperationState.MORE_REQUESTED.labelKey());
    assertEquals("corporateOperation.document.NOTARIAL_DEED", NOTARIAL_DEED.labelKey());
    assertEquals("corporateOperation.kind.ALTRO", OperationKind.ALTRO.labelKey());
  }
}
