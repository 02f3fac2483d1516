package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import java.time.LocalDate;

/**
 * A pagoPA payment notice ("Avviso di pagamento", PY-4) for an amount a practice still needs: what
 * the notice layout prints besides the creditor's name and the fixed texts. Not stored: it is
 * rebuilt from the practice, the settings (creditor fiscal code, segregation code) and the IUV.
 *
 * @param subject AVVISO.OGGETTO, at most 90 characters (notice layout, "Intestazione")
 */
public record PaymentNotice(
    CodiceFiscale creditorFiscalCode,
    NoticeNumber noticeNumber,
    Money amount,
    LocalDate dueDate,
    String subject,
    Debtor debtor) {

  public PaymentNotice {
    if (creditorFiscalCode == null
        || noticeNumber == null
        || amount == null
        || dueDate == null
        || debtor == null) {
      throw new InvalidValueException("validation.required");
    }
    PagoPaQrPayload.requireCreditor(creditorFiscalCode);
    PagoPaQrPayload.requirePayable(amount);
    subject = FreeText.NOTICE_SUBJECT.normalised(subject);
  }

  /** What the notice's QR code holds. */
  public PagoPaQrPayload qrPayload() {
    return new PagoPaQrPayload(noticeNumber, creditorFiscalCode, amount);
  }
}
