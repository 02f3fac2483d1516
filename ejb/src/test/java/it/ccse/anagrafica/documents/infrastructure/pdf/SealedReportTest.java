package it.ccse.anagrafica.documents.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.signatures.SignatureUtil;
import it.ccse.anagrafica.documents.domain.TabularReport;
import it.ccse.anagrafica.documents.infrastructure.signature.SealingKeys;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

/** MD-9: the report of a signed change, sealed with the service key, verifies as intact. */
class SealedReportTest {

  @Test
  void md9ASealedReportVerifiesAndListsTheOperations() throws Exception {
    var report =
        new TabularReport(
            "R-2026-000001",
            "Riepilogo modifiche firmate",
            LocalDateTime.of(2026, 11, 22, 12, 0),
            List.of(new TabularReport.Fact("Fascicolo", "F-2026-000001")),
            List.of(
                new TabularReport.Section(
                    "Stabilimento",
                    List.of("Operazione", "Oggetto", "Prima", "Dopo"),
                    List.of(List.of("Nuova categoria", "PROD", "", "pericolosi, 12 addetti")))));

    byte[] sealed =
        PdfSealer.seal(
            new TabularReportPdf().render(report),
            "Modifiche firmate con PIN",
            SealingKeys.generated());

    try (var pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(sealed)))) {
      var signatures = new SignatureUtil(pdf);
      assertEquals(List.of("SigilloCCSE"), signatures.getSignatureNames());
      assertTrue(signatures.signatureCoversWholeDocument("SigilloCCSE"));
      var pkcs7 = signatures.readSignatureData("SigilloCCSE", BouncyCastleProvider.PROVIDER_NAME);
      assertTrue(pkcs7.verifySignatureIntegrityAndAuthenticity());
      String text = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
      assertTrue(text.contains("Nuova categoria"), text);
      assertTrue(text.contains("R-2026-000001 – pagina 1 di 1"), text);
    }
  }
}
