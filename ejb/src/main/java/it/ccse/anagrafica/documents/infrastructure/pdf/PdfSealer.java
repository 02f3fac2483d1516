package it.ccse.anagrafica.documents.infrastructure.pdf;

import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import it.ccse.anagrafica.documents.application.ReportSealer;
import it.ccse.anagrafica.documents.infrastructure.signature.SealingKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;

/** Seals a report with the service certificate: PAdES baseline B (MD-9, DESIGN §2). */
@ApplicationScoped
public class PdfSealer implements ReportSealer {

  @Inject private SealingKeys keys;

  @Override
  public byte[] seal(byte[] pdf, String reason) {
    return seal(pdf, reason, keys.current());
  }

  static byte[] seal(byte[] pdf, String reason, SealingKeys.SealingKey key) {
    try {
      var out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
      new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
          .signWithBaselineBProfile(
              new SignerProperties()
                  .setFieldName("SigilloCCSE")
                  .setReason(reason)
                  .setLocation("Anagrafica Operatori"),
              key.chain(),
              key.key());
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Sealing failed", e);
    }
  }
}
