package it.ccse.anagrafica.documents.application;

import it.ccse.anagrafica.documents.domain.PaymentNoticeSheet;

/** Prints a pagoPA payment notice (PY-4) as a PDF the debtor pays at any channel with. */
public interface PaymentNoticeRenderer {

  byte[] render(PaymentNoticeSheet sheet);
}
