package it.ccse.anagrafica.file.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.fees.domain.Contribution;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.shared.domain.ContactPerson;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VW-6: the company report is named by file and time, outside the signed reports' series. */
class FileReportsTest {

  @Test
  void finding10cTheCompanyReportTakesNoNumberOfTheSignedReports() {
    var file =
        new FileView(
            "F-2026-000007",
            "ERP100007",
            "Rossi Srl",
            "01234567890",
            LegalRepresentative.of("Mario", "Rossi", "RSSMRA85T10A562S"),
            new ContactPerson(),
            null,
            true,
            List.of(),
            0,
            List.of());

    var report =
        FileReports.company(
            LocalDateTime.of(2026, 11, 22, 10, 0, 5), file, List.of(), new Contribution(List.of()));

    assertEquals("RA-F-2026-000007-20261122T100005", report.documentId());
    assertEquals("Report azienda", report.title());
  }
}
