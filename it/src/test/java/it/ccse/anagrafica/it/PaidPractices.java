package it.ccse.anagrafica.it;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import it.ccse.anagrafica.file.application.CompanyFileSigning;
import it.ccse.anagrafica.payments.application.PaymentCommunications;
import it.ccse.anagrafica.payments.application.PaymentDesk;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentDetails;
import it.ccse.anagrafica.payments.application.PaymentViews.PracticeDue;
import it.ccse.anagrafica.payments.domain.PaymentMode;
import it.ccse.anagrafica.shared.domain.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Arranges practices paid in full: the devices of a signed change (RQ-2b, the sample 30 € each),
 * all paid by one payment that CCSE verified (PY-3, AD-3).
 */
@Dependent
class PaidPractices {

  static final Money DEVICE = Money.of("30");

  @Inject private ValidatedCompanies validated;
  @Inject private CompanyFileSigning signing;
  @Inject private PaymentCommunications payments;
  @Inject private PaymentDesk paymentDesk;
  @Inject private StaffCaller staff;

  /** {@code count} new device practices of the operator's company, as they were before paying. */
  List<PracticeDue> devices(String operator, int count) {
    for (int i = 0; i < count; i++) {
      validated.localUnitWithDevice(operator, n("u"), "Unità " + i, n("d"));
    }
    signing.sign(operator, null, ValidatedCompanies.PIN.toCharArray());
    var due = payments.payable(operator, null);
    var draft = payments.create(operator, null);
    var payment =
        payments.save(
            operator,
            null,
            draft.id(),
            draft.version(),
            new PaymentDetails(
                DEVICE.times(count),
                PaymentMode.BANK_TRANSFER,
                "12345678901",
                LocalDate.now(),
                null));
    for (var practice : due) {
      payment =
          payments.allocate(
              operator,
              null,
              draft.id(),
              payment.version(),
              practice.practiceId(),
              DEVICE.amount().longValue(),
              null);
    }
    payments.attachReceipt(operator, null, draft.id(), "ricevuta.pdf", receipt());
    var signed =
        payments.sign(
            operator,
            null,
            draft.id(),
            payments.find(operator, null, draft.id()).version(),
            ValidatedCompanies.PIN.toCharArray());
    staff.call(() -> paymentDesk.verify("backoffice", signed.id(), signed.version()));
    return due;
  }

  private static ByteArrayInputStream receipt() {
    var out = new ByteArrayOutputStream();
    try (var document = new Document(new PdfDocument(new PdfWriter(out)))) {
      document.add(new Paragraph("Ricevuta del bonifico"));
    }
    return new ByteArrayInputStream(out.toByteArray());
  }

  private static String n(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }
}
