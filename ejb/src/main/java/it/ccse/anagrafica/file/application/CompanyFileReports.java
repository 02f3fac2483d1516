package it.ccse.anagrafica.file.application;

import it.ccse.anagrafica.file.application.FileViews.ReportEntry;
import java.util.List;

/** The sealed reports of the caller's company file: the signed changes (MD-9) and VW-6. */
public interface CompanyFileReports {

  /** The signed changes of the caller's file, with their reports. */
  List<ReportEntry> history(String username, String device);

  /** The sealed PDF of a signed change of the caller's file. */
  byte[] report(String username, String device, String reportId);

  /** VW-6 "REPORT AZIENDA": the whole file as a sealed PDF. */
  byte[] companyReport(String username, String device);
}
