package it.ccse.anagrafica.file.application;

import it.ccse.anagrafica.file.application.FileViews.ReportEntry;

/** "Firma" (MD-9): the caller's pending change set becomes the file, with its sealed report. */
public interface CompanyFileSigning {

  /**
   * Checks the PIN, applies the set in one transaction, gives the registry codes, closes the
   * answered misalignments (BR-1), stores the sealed report, invites the new delegates (MD-13), and
   * notifies the company.
   */
  ReportEntry sign(String username, String device, char[] pin);
}
