package it.ccse.anagrafica.sectors.application.internal;

import it.ccse.anagrafica.documents.application.TemplateFile;
import it.ccse.anagrafica.documents.application.TemplateFormat;
import it.ccse.anagrafica.documents.application.TemplateRenderer;
import it.ccse.anagrafica.file.application.FileAccess;
import it.ccse.anagrafica.sectors.application.SectorTemplates;
import it.ccse.anagrafica.sectors.domain.SectorAto;
import it.ccse.anagrafica.sectors.domain.SectorReferenceRepository;
import it.ccse.anagrafica.sectors.domain.SelfCertificationTemplate;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Objects;

/** SE-5: the sector as the caller reads it, its template filled, printed by the documents area. */
@Stateless
public class DefaultSectorTemplates implements SectorTemplates {

  @Inject private SectorAccess access;
  @Inject private FileAccess files;
  @Inject private SectorReferenceRepository references;
  @Inject private TemplateRenderer renderer;

  @Override
  public TemplateFile selfCertification(
      String username, String device, String sectorId, TemplateFormat format) {
    Objects.requireNonNull(format, "format");
    var caller = access.resolve(username, device);
    var sector = access.sector(caller, sectorId);
    var company = files.resolve(username, device).file().getCompany();
    var atos =
        references.atos(sector.getAtos().stream().map(SectorAto::atoCode).distinct().toList());
    return format.print(renderer, SelfCertificationTemplate.of(company, sector, atos));
  }
}
