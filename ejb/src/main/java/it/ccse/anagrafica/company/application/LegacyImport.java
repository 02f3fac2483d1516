package it.ccse.anagrafica.company.application;

import java.util.List;

/**
 * ON-7: operators already registered in the legacy registry, imported from its CSV export (format
 * in docs/legacy-import.md) and invited by CCSE. Staff only.
 */
public interface LegacyImport {

  /**
   * Imports the valid rows of new companies in one transaction and reports every row; a company
   * already present is left as it is, so the same file can be uploaded again after a correction.
   */
  LegacyImportReport importOperators(byte[] csv);

  /** A page of imported operators whose company name or codice fiscale contains the filter. */
  List<ImportedOperator> importedOperators(String filter, int first, int max);

  long countImportedOperators(String filter);

  /** "Invita": the activation e-mail to each listed operator who has not activated yet. */
  InvitationResult invite(List<String> usernames);
}
