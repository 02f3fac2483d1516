package it.ccse.anagrafica.payments.application;

import java.io.Serializable;

/**
 * "Avviso di pagamento pagoPA" (PY-4) for what a practice of the caller's company still needs: the
 * notice layout as a PDF with its QR code. The same amount gives the same notice number; another
 * company's practice reads as not found, one with nothing left to pay is refused.
 */
public interface PaymentNotices {

  /** The notice's PDF and the name to download it under. */
  record NoticePdf(String fileName, byte[] pdf) implements Serializable {}

  NoticePdf notice(String username, String device, String practiceId);
}
