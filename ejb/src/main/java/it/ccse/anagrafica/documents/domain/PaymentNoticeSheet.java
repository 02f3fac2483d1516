package it.ccse.anagrafica.documents.domain;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * A pagoPA payment notice as it is printed (PY-4): display text and plain values only, so documents
 * need not know the payments area that checked them (segregation code, IUV check digits, the QR
 * text's format). Every datum but the debtor's address is required.
 *
 * @param creditorFiscalCode the "Cod. Fiscale" of the ente creditore
 * @param debtorAddress one line, e.g. "Via Roma 1, 60121 Ancona (AN)"; null or blank when unknown
 * @param noticeNumber the 18 digits of the "Codice Avviso", not grouped
 * @param qrText what the QR code encodes, {@code PAGOPA|002|<notice>|<creditor CF>|<cents>}
 */
public record PaymentNoticeSheet(
    String creditorName,
    String creditorFiscalCode,
    String debtorName,
    String debtorFiscalCode,
    String debtorAddress,
    String subject,
    Money amount,
    LocalDate dueDate,
    String noticeNumber,
    String qrText) {

  public PaymentNoticeSheet {
    if (amount == null
        || dueDate == null
        || Stream.of(
                creditorName,
                creditorFiscalCode,
                debtorName,
                debtorFiscalCode,
                subject,
                noticeNumber,
                qrText)
            .anyMatch(text -> text == null || text.isBlank())) {
      throw new InvalidValueException("validation.required");
    }
  }
}
