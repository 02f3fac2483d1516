package it.ccse.anagrafica.file.application;

import it.ccse.anagrafica.file.application.FileViews.FileView;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** VW-1 for CCSE staff: any company's file, read only ("Back office sees all, changes nothing"). */
public interface CompanyFileLookup {

  /** The file of the validated company with this codice fiscale, if any. */
  Optional<FileView> byCodiceFiscale(String codiceFiscale);

  /** AD-3: a company found by the operator search, and where its registration stands. */
  record CompanySummary(
      String codiceFiscale,
      String partitaIva,
      String ragioneSociale,
      boolean validated,
      boolean ceased,
      LocalDate registeredOn)
      implements Serializable {}

  /**
   * AD-3: companies whose ragione sociale, codice fiscale or partita IVA contains the text (any
   * case), by ragione sociale, a page at a time.
   */
  List<CompanySummary> search(String text, int first, int max);

  long count(String text);
}
