package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.documents.application.ReportRenderer;
import it.ccse.anagrafica.documents.application.ReportSealer;
import it.ccse.anagrafica.documents.domain.TabularReport;
import it.ccse.anagrafica.file.application.FileViews.ReportEntry;
import it.ccse.anagrafica.file.domain.changes.ChangeReport;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Prints a report of the file ({@link FileReports}) and seals it, through the documents area's
 * ports; and lists a signed one.
 */
@Dependent
class SealedReports {

  @Inject private ReportRenderer renderer;
  @Inject private ReportSealer sealer;

  /** The report, rendered and sealed with {@code reason}. */
  byte[] seal(TabularReport report, String reason) {
    return sealer.seal(renderer.render(report), reason);
  }

  static ReportEntry entry(ChangeReport r) {
    return new ReportEntry(
        r.getReportId(), r.getCreatedAt(), Account.shown(r.getSigner()), r.getTotalCost());
  }
}
