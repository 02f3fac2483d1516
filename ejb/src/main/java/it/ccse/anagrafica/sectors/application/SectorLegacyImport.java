package it.ccse.anagrafica.sectors.application;

import it.ccse.anagrafica.company.application.LegacyImportReport;

/**
 * ON-7: the activity sectors of companies imported from the legacy registry, with their services,
 * ATOs and own bank, then their contacts (docs/legacy-import.md, "Settori, ATO e banche" and
 * "Contatti dei settori"). A sector comes in VALIDATED, as the legacy registry had it, without a
 * self-certification. Each file is imported in one transaction and reported line by line; a line
 * already imported is "Già presente", so a file can be uploaded again. Staff only.
 */
public interface SectorLegacyImport {

  /**
   * @throws it.ccse.anagrafica.shared.domain.InvalidFieldException on field {@code file} for a file
   *     refused as a whole
   */
  LegacyImportReport importSectors(byte[] csv);

  /**
   * Contacts of sectors imported before (by an earlier upload of the sectors' file).
   *
   * @throws it.ccse.anagrafica.shared.domain.InvalidFieldException on field {@code file} for a file
   *     refused as a whole
   */
  LegacyImportReport importContacts(byte[] csv);
}
