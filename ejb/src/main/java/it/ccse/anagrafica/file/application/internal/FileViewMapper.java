package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.company.domain.Category;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.application.FileViews.CategoryView;
import it.ccse.anagrafica.file.application.FileViews.DelegateView;
import it.ccse.anagrafica.file.application.FileViews.DeviceDelegateView;
import it.ccse.anagrafica.file.application.FileViews.DeviceView;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.application.FileViews.SiteView;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.EditScope;
import it.ccse.anagrafica.file.domain.changes.Details;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Comparator;

/** The file as the pages show it, with what the caller's scope lets them change. */
@Dependent
class FileViewMapper {

  @Inject private PlaceNames places;

  FileView view(CompanyFile file, EditScope scope, int pendingOperations) {
    var company = file.getCompany();
    return new FileView(
        file.getCode(),
        file.getRegistryCode(),
        company.getRagioneSociale(),
        company.getCodiceFiscale(),
        company.getLegalRepresentative(),
        company.getContactPerson(),
        company.employeeThreshold().orElse(null),
        scope.allowsCompanyLevel(),
        file.sites().stream()
            .sorted(Comparator.comparing((Site s) -> !s.isRegisteredOffice()))
            .map(s -> site(s, scope))
            .toList(),
        pendingOperations,
        file.problems());
  }

  private SiteView site(Site site, EditScope scope) {
    var address = site.getAddress();
    String comune = places.comuneName(address.comuneIstatCode()).orElse("");
    return new SiteView(
        site.getPublicId(),
        site.isRegisteredOffice(),
        site.getName(),
        address.street(),
        address.streetNumber(),
        address.capCode(),
        address.regionCode(),
        address.provinceCode(),
        address.comuneIstatCode(),
        comune,
        site.getRegistryCode(),
        site.getEmployees(),
        site.getTradeAssociation(),
        scope.allows(site),
        site.isAddressLocked(),
        site.isClosed(),
        site.getCategories().stream().map(FileViewMapper::category).toList(),
        site.getDelegates().stream()
            .map(
                d ->
                    new DelegateView(
                        d.getPublicId(), d.getName(), d.getSurname(), d.getCodiceFiscale()))
            .toList(),
        site.getDevices().stream()
            .map(
                d ->
                    new DeviceView(
                        d.getPublicId(),
                        d.getSerial(),
                        d.label(),
                        d.state(),
                        d.getCategories().stream().map(FileViewMapper::category).toList(),
                        d.getDelegates().stream()
                            .map(
                                a ->
                                    new DeviceDelegateView(
                                        a.getDelegate().getPublicId(),
                                        a.getDelegate().fullName(),
                                        a.getDelegate().getCodiceFiscale(),
                                        a.getContacts().getPhone(),
                                        a.getContacts().getFax(),
                                        a.getContacts().getEmail()))
                            .toList()))
            .toList());
  }

  static CategoryView category(Category c) {
    var obligation = c.obligation();
    return new CategoryView(
        c.getPublicId(),
        c.getType(),
        c.getRegistryCode(),
        c.label(),
        c.getDetails().summary(),
        Details.of(c.getDetails()),
        obligation.isMandatory(),
        obligation.reasonKey(),
        obligation.awaitsDeclaration(),
        c.isJoinedVoluntarily());
  }
}
