package it.ccse.anagrafica.sectors.application;

import it.ccse.anagrafica.documents.application.TemplateFile;
import it.ccse.anagrafica.documents.application.TemplateFormat;

/**
 * SE-5 "scarica il template": a sector's self-certification filled with the company's and the
 * sector's data, for the operator to complete, sign and upload. Whoever reads the sector may
 * download it (the legal representative, a delegate); another company's sector is not found, and
 * before CCSE validates the company data there are no sectors (SE-1).
 */
public interface SectorTemplates {

  TemplateFile selfCertification(
      String username, String device, String sectorId, TemplateFormat format);
}
