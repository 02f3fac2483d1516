package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.notifications.application.NotificationService;
import it.ccse.anagrafica.notifications.application.OutboxEntry;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.notifications.domain.OutboxStatus;
import it.ccse.anagrafica.sectors.application.CorporateOperationDesk;
import it.ccse.anagrafica.sectors.application.CorporateOperations;
import it.ccse.anagrafica.sectors.application.OperationViews.OperationView;
import it.ccse.anagrafica.sectors.application.OperationViews.TemplateFormat;
import it.ccse.anagrafica.sectors.domain.CorporateOperationState;
import it.ccse.anagrafica.sectors.domain.OperationDocument;
import it.ccse.anagrafica.sectors.domain.OperationKind;
import it.ccse.anagrafica.shared.domain.BusinessException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19's corporate operations on Payara with PostgreSQL (OP-1, OP-2, AD-1). The outage story
 * needs the SMTP server, which lives in the test JVM (ExternalServices): its steps 1–4 alternate
 * between the client (SMTP down, then back and the CCSE mailbox read) and the server (the operation
 * sent while SMTP is down; the back office handling it), on a company with a fixed code and files
 * with fixed bytes, so both sides know them, as SecuritySuiteIT does. The other tests stand alone,
 * each on its own company.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorporateOperationsIT {

  /** The company of the outage story, its operator signing in with the same code. */
  static final String OUTAGE_COMPANY = CompanyCodes.numbered(1_919_019);

  /** The default of {@code anagrafica.ccse.mailbox}. */
  static final String CCSE_MAILBOX = "anagrafica@ccse.example";

  static final String SELF_CERTIFICATION_NAME = "autocertificazione-fusione.pdf";
  static final String NOTARIAL_DEED_NAME = "atto-notarile-fusione.pdf";

  /** Smallest PDFs that the store's detection takes for PDFs, the same bytes on both sides. */
  static final byte[] SELF_CERTIFICATION = pdf("Autocertificazione fusione per incorporazione");

  static final byte[] NOTARIAL_DEED = pdf("Atto notarile di fusione per incorporazione");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithStaffCaller(
        CorporateOperationsIT.class, CompanyCodes.class, ValidatedCompanies.class);
  }

  @Inject private CorporateOperations operations;
  @Inject private CorporateOperationDesk desk;
  @Inject private ValidatedCompanies validated;
  @Inject private StaffCaller staff;
  @Inject private OutboxService outbox;
  @Inject private NotificationService notifications;

  @Test
  @Order(1)
  @RunAsClient
  void outage1TheMailServerGoesDown() {
    ExternalServices.stopSmtp();
  }

  /** In the server: sent and recorded while no e-mail can leave; the message waits, files named. */
  @Test
  @Order(2)
  void outage2TheOperationIsSentAndRecordedWhileSmtpIsDown() throws Exception {
    validated.withOperator(OUTAGE_COMPANY);
    var sent = sendFusion(OUTAGE_COMPANY);

    assertEquals(CorporateOperationState.SENT, sent.state());
    assertFalse(sent.editable());
    assertEquals(
        List.of(sent.id()),
        operations.list(OUTAGE_COMPANY, null).stream()
            .filter(o -> o.state() == CorporateOperationState.SENT)
            .map(OperationView::id)
            .toList());
    var waiting = failedAttemptToCcse(OUTAGE_COMPANY, 40);
    assertTrue(waiting.isPresent(), "a delivery to CCSE's mailbox was tried and failed");
    assertEquals(OutboxStatus.PENDING, waiting.get().status(), "kept for a later attempt");
    assertTrue(waiting.get().body().contains(SELF_CERTIFICATION_NAME), waiting.get().body());
    assertTrue(waiting.get().body().contains(NOTARIAL_DEED_NAME), waiting.get().body());
  }

  @Test
  @Order(3)
  @RunAsClient
  void outage3OnceSmtpIsBackCcseReceivesOneMessageWithBothFiles() throws Exception {
    ExternalServices.startSmtp();

    var mails =
        ExternalServices.attachmentsOfMailTo(CCSE_MAILBOX, "Fascicolo " + OUTAGE_COMPANY, 120, 1);

    assertEquals(1, mails.size(), "delivered once, by the retrying timer");
    var files = mails.get(0);
    assertEquals(List.of(SELF_CERTIFICATION_NAME, NOTARIAL_DEED_NAME), List.copyOf(files.keySet()));
    assertArrayEquals(SELF_CERTIFICATION, files.get(SELF_CERTIFICATION_NAME));
    assertArrayEquals(NOTARIAL_DEED, files.get(NOTARIAL_DEED_NAME));
  }

  /** In the server: the back office marks it handled; the company is told by e-mail and in-app. */
  @Test
  @Order(4)
  void outage4TheBackOfficeMarksItHandledAndTheCompanyIsTold() {
    var queued =
        staff.call(() -> desk.page(CorporateOperationState.SENT, 0, 500)).stream()
            .filter(q -> q.companyCodiceFiscale().equals(OUTAGE_COMPANY))
            .findFirst()
            .orElseThrow();
    assertEquals(SELF_CERTIFICATION_NAME, queued.operation().selfCertification().fileName());
    assertEquals(64, queued.operation().notarialDeed().sha256().length());

    var handled =
        staff.call(
            () ->
                desk.markHandled(
                    "backoffice", queued.operation().id(), queued.operation().version()));

    assertEquals(CorporateOperationState.HANDLED, handled.operation().state());
    assertEquals(
        CorporateOperationState.HANDLED,
        operations.find(OUTAGE_COMPANY, null, queued.operation().id()).state());
    assertTrue(mailedTo("op-" + OUTAGE_COMPANY + "@example.org", "operazione societaria gestita"));
    assertTrue(
        notifications.list(OUTAGE_COMPANY).stream()
            .anyMatch(n -> n.titleKey().equals("notification.CORPORATE_OPERATION_HANDLED")));
    var twice =
        assertThrows(
            RuntimeException.class,
            () ->
                staff.call(
                    () ->
                        desk.markHandled(
                            "backoffice", queued.operation().id(), queued.operation().version())));
    assertEquals("corporateOperation.stateChanged", causeKey(twice));
  }

  @Test
  void op2BothFilesAreNeededThenMoreIsRequestedAndTheFilesAreSentAgain() {
    String operator = validated.withOperator();
    var draft = operations.create(operator, null, OperationKind.CESSAZIONE);
    var notAPdf =
        assertThrows(
            InvalidValueException.class,
            () ->
                operations.attach(
                    operator,
                    null,
                    draft.id(),
                    OperationDocument.NOTARIAL_DEED,
                    "atto.pdf",
                    stream("solo testo".getBytes(StandardCharsets.UTF_8))));
    assertEquals("attachment.typeNotAllowed", notAPdf.messageKey());
    var half =
        operations.attach(
            operator,
            null,
            draft.id(),
            OperationDocument.SELF_CERTIFICATION,
            "auto.pdf",
            stream(SELF_CERTIFICATION));
    assertFalse(half.sendable());
    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> operations.send(operator, null, draft.id(), half.version()));
    assertEquals("corporateOperation.missing.NOTARIAL_DEED", refused.messageKey());
    var both =
        operations.attach(
            operator,
            null,
            draft.id(),
            OperationDocument.NOTARIAL_DEED,
            "atto.pdf",
            stream(NOTARIAL_DEED));
    var sent = operations.send(operator, null, draft.id(), both.version());

    var asked =
        staff.call(
            () ->
                desk.requestMore(
                    "backoffice", draft.id(), sent.version(), "Manca la data di efficacia"));
    assertEquals(CorporateOperationState.MORE_REQUESTED, asked.operation().state());
    var mine = operations.find(operator, null, draft.id());
    assertEquals("Manca la data di efficacia", mine.staffMessage());
    assertTrue(mine.editable());
    assertTrue(mailedTo("op-" + operator + "@example.org", "integrazione richiesta"));

    var replaced =
        operations.attach(
            operator,
            null,
            draft.id(),
            OperationDocument.SELF_CERTIFICATION,
            "auto-con-data.pdf",
            stream(pdf("Autocertificazione con data")));
    var again = operations.send(operator, null, draft.id(), replaced.version());
    assertEquals(CorporateOperationState.SENT, again.state());
    assertEquals("auto-con-data.pdf", again.selfCertification().fileName());
    assertEquals(
        2,
        outbox.page(0, 500).stream()
            .filter(m -> m.recipient().equals(CCSE_MAILBOX))
            .filter(m -> m.subject().contains("Fascicolo " + operator))
            .count(),
        "each sending is a message to CCSE");
  }

  @Test
  void op1TheTemplatesAreFilledAsPdfAndDocx() {
    String operator = validated.withOperator();
    var pdf = operations.template(operator, null, OperationKind.ALTRO, TemplateFormat.PDF);
    var docx = operations.template(operator, null, OperationKind.ALTRO, TemplateFormat.DOCX);

    assertEquals("operazione-societaria-altro.pdf", pdf.fileName());
    assertEquals("%PDF-", new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1));
    assertEquals("operazione-societaria-altro.docx", docx.fileName());
    assertEquals("PK", new String(docx.bytes(), 0, 2, StandardCharsets.ISO_8859_1));
  }

  @Test
  void anotherCompanysOperationIsNotFound() {
    String owner = validated.withOperator();
    var draft = operations.create(owner, null, OperationKind.CESSIONE_RAMO_AZIENDA);
    String other = validated.withOperator();

    assertThrows(NotFoundException.class, () -> operations.find(other, null, draft.id()));
    assertThrows(
        NotFoundException.class,
        () ->
            operations.attach(
                other,
                null,
                draft.id(),
                OperationDocument.NOTARIAL_DEED,
                "atto.pdf",
                stream(NOTARIAL_DEED)));
    assertThrows(
        NotFoundException.class, () -> operations.send(other, null, draft.id(), draft.version()));
    assertTrue(operations.list(other, null).isEmpty());
    var draftForStaff =
        assertThrows(RuntimeException.class, () -> staff.call(() -> desk.find(draft.id())));
    assertEquals("corporateOperation.unknown", causeKey(draftForStaff), "a draft is the company's");
  }

  @Test
  void anOperatorIsRefusedTheStaffDesk() {
    assertThrows(Exception.class, () -> desk.page(CorporateOperationState.SENT, 0, 1));
    assertThrows(Exception.class, () -> desk.markHandled("operatore", "x", 0));
  }

  private OperationView sendFusion(String operator) {
    var draft = operations.create(operator, null, OperationKind.FUSIONE_PER_INCORPORAZIONE);
    operations.attach(
        operator,
        null,
        draft.id(),
        OperationDocument.SELF_CERTIFICATION,
        SELF_CERTIFICATION_NAME,
        stream(SELF_CERTIFICATION));
    var both =
        operations.attach(
            operator,
            null,
            draft.id(),
            OperationDocument.NOTARIAL_DEED,
            NOTARIAL_DEED_NAME,
            stream(NOTARIAL_DEED));
    assertTrue(both.sendable());
    return operations.send(operator, null, draft.id(), both.version());
  }

  /** The company's message to CCSE once a delivery of it has failed, waiting for the timer. */
  private Optional<OutboxEntry> failedAttemptToCcse(String company, int seconds)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    while (System.currentTimeMillis() < deadline) {
      var found =
          outbox.page(0, 500).stream()
              .filter(m -> m.recipient().equals(CCSE_MAILBOX))
              .filter(m -> m.subject().contains("Fascicolo " + company))
              .filter(m -> m.attempts() > 0)
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
      Thread.sleep(500);
    }
    return Optional.empty();
  }

  private boolean mailedTo(String recipient, String subject) {
    return outbox.page(0, 500).stream()
        .anyMatch(m -> m.recipient().equals(recipient) && m.subject().contains(subject));
  }

  private static String causeKey(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BusinessException business) {
        return business.messageKey();
      }
    }
    return "";
  }

  private static ByteArrayInputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** A one-page PDF whose only content is a comment with the text: fixed bytes, no date or id. */
  private static byte[] pdf(String text) {
    return ("%PDF-1.4\n%"
            + text
            + "\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            + "trailer\n<< /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
