package it.ccse.anagrafica.documents.application;

import it.ccse.anagrafica.documents.domain.TabularReport;

/** Prints a {@link TabularReport} (MD-9 change report, VW-6 company report) as a PDF to seal. */
public interface ReportRenderer {

  byte[] render(TabularReport report);
}
