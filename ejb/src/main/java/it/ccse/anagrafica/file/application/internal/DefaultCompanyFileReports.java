package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.file.application.CompanyFileReports;
import it.ccse.anagrafica.file.application.FileAccess;
import it.ccse.anagrafica.file.application.FileViews.ReportEntry;
import it.ccse.anagrafica.file.domain.changes.ChangeReport;
import it.ccse.anagrafica.file.domain.changes.ChangeSetRepository;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

@Stateless
public class DefaultCompanyFileReports implements CompanyFileReports {

  @Inject private FileAccess access;
  @Inject private FileViewMapper mapper;
  @Inject private FileFigures figures;
  @Inject private ChangeSetRepository changeSets;
  @Inject private SealedReports sealed;
  @Inject private Clock clock;

  @Override
  public List<ReportEntry> history(String username, String device) {
    var a = access.resolve(username, device);
    return changeSets.reports(a.file()).stream().map(SealedReports::entry).toList();
  }

  @Override
  public byte[] report(String username, String device, String reportId) {
    var a = access.resolve(username, device);
    return changeSets
        .report(a.file(), reportId)
        .map(ChangeReport::getPdf)
        .orElseThrow(() -> new NotFoundException("file.unknownItem"));
  }

  @Override
  public byte[] companyReport(String username, String device) {
    var a = access.resolve(username, device);
    LocalDateTime now = LocalDateTime.now(clock);
    var view = mapper.view(a.file(), a.scope(), 0);
    var vehicles = figures.vehicles(a, null, 0, Integer.MAX_VALUE);
    var contribution = figures.contribution(a);
    return sealed.seal(FileReports.company(now, view, vehicles, contribution), "Report azienda");
  }
}
