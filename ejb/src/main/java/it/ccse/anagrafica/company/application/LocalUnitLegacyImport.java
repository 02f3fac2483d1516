package it.ccse.anagrafica.company.application;

/**
 * ON-7: the local units of companies imported from the legacy registry (docs/legacy-import.md,
 * "Unità locali"), part of their validated file at once. Staff only.
 */
public interface LocalUnitLegacyImport {

  /**
   * Imports the valid lines in one transaction and reports every line; a unit whose key the company
   * already has is "Già presente", so the same file can be uploaded again.
   *
   * @throws it.ccse.anagrafica.shared.domain.InvalidFieldException on field {@code file} for a file
   *     refused as a whole
   */
  LegacyImportReport importLocalUnits(byte[] csv);
}
