package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.documents.application.TemplateFormat;
import it.ccse.anagrafica.sectors.application.SectorTemplates;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Downloads;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

/**
 * "scarica il template" on a sector's page (SE-5): its self-certification filled with the company's
 * and the sector's data, as a PDF with fillable fields or as a DOCX. Whoever reads the sector
 * downloads it; an unknown or another company's sector is the service's message.
 */
@Named
@RequestScoped
public class SelfCertificationTemplates {

  @EJB private SectorTemplates templates;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;

  public StreamedContent pdf(String sectorId) {
    return download(sectorId, TemplateFormat.PDF);
  }

  public StreamedContent docx(String sectorId) {
    return download(sectorId, TemplateFormat.DOCX);
  }

  private StreamedContent download(String sectorId, TemplateFormat format) {
    var file = templates.selfCertification(user.username(), deviceInUse.get(), sectorId, format);
    return Downloads.file(file.fileName(), file.contentType(), file.content());
  }
}
