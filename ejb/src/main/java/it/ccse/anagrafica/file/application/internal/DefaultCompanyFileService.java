package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.categories.domain.obligations.FileNotice;
import it.ccse.anagrafica.company.application.IdentityRequest;
import it.ccse.anagrafica.company.domain.DeviceState;
import it.ccse.anagrafica.company.domain.IdentityChangeRepository;
import it.ccse.anagrafica.company.domain.IdentityChangeStatus;
import it.ccse.anagrafica.fees.domain.Contribution;
import it.ccse.anagrafica.file.application.CompanyFileService;
import it.ccse.anagrafica.file.application.FileAccess;
import it.ccse.anagrafica.file.application.FileViews.DeviceChoice;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.application.FileViews.VehicleView;
import it.ccse.anagrafica.file.domain.CompanyFileRepository;
import it.ccse.anagrafica.file.domain.changes.ChangeSetRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Stateless
public class DefaultCompanyFileService implements CompanyFileService {

  @Inject private FileAccess access;
  @Inject private AccountRepository accounts;
  @Inject private FileViewMapper mapper;
  @Inject private FileFigures figures;
  @Inject private CompanyFileRepository files;
  @Inject private ChangeSetRepository changeSets;
  @Inject private IdentityChangeRepository identityChanges;

  @Override
  public List<DeviceChoice> devicesInUse(String username) {
    var companies =
        accounts.findByUsername(username).map(accounts::acceptedCompanyIds).orElse(List.of());
    return files.devicesOfDelegate(username.toUpperCase(Locale.ROOT), companies).stream()
        .filter(d -> d.state() != DeviceState.REVOKED)
        .map(
            d ->
                new DeviceChoice(
                    d.getPublicId(),
                    d.getSerial(),
                    d.getSite().getCompany().getRagioneSociale(),
                    d.getSite().getName()))
        .sorted(
            Comparator.comparing(DeviceChoice::companyName)
                .thenComparing(DeviceChoice::siteName)
                .thenComparing(
                    DeviceChoice::serial, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  @Override
  public boolean isAvailable(String username, String device) {
    return access.isAvailable(username, device);
  }

  @Override
  public List<FileNotice> notices(String username, String device) {
    return isAvailable(username, device)
        ? access.resolve(username, device).file().notices()
        : List.of();
  }

  @Override
  public Optional<IdentityRequest> identityRequest(String username, String device) {
    if (!isAvailable(username, device)) {
      return Optional.empty();
    }
    var company = access.resolve(username, device).file().getCompany();
    return identityChanges
        .latestOf(company.getId())
        .filter(c -> c.getStatus() != IdentityChangeStatus.APPROVED)
        .map(c -> IdentityRequest.of(c, company));
  }

  @Override
  public FileView current(String username, String device) {
    var a = access.resolve(username, device);
    return mapper.view(
        a.file(),
        a.scope(),
        changeSets.pendingOf(a.file(), a.author()).map(s -> s.getOperations().size()).orElse(0));
  }

  @Override
  public Contribution contribution(String username, String device) {
    return figures.contribution(access.resolve(username, device));
  }

  @Override
  public List<VehicleView> vehicles(
      String username, String device, String plate, int first, int max) {
    return figures.vehicles(access.resolve(username, device), plate, first, max);
  }

  @Override
  public long countVehicles(String username, String device, String plate) {
    var a = access.resolve(username, device);
    return files.countVehicles(a.file().getCompany(), plate);
  }
}
