package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.file.application.CompanyFileLookup;
import it.ccse.anagrafica.file.application.FileAccess;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.domain.EditScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultCompanyFileLookup implements CompanyFileLookup {

  @Inject private CompanyRepository companies;
  @Inject private FileAccess access;
  @Inject private FileViewMapper mapper;

  @Override
  public Optional<FileView> byCodiceFiscale(String codiceFiscale) {
    return companies
        .findByCodiceFiscale(
            codiceFiscale == null ? "" : codiceFiscale.strip().toUpperCase(Locale.ROOT))
        .filter(Company::isValidated)
        .map(access::fileOf)
        .map(file -> mapper.view(file, EditScope.readOnly(), 0));
  }

  @Override
  public List<CompanySummary> search(String text, int first, int max) {
    return companies.search(text, first, max).stream()
        .map(
            c ->
                new CompanySummary(
                    c.getCodiceFiscale(),
                    c.getPartitaIva(),
                    c.getRagioneSociale(),
                    c.isValidated(),
                    c.isCeased(),
                    c.registeredOn()))
        .toList();
  }

  @Override
  public long count(String text) {
    return companies.countSearch(text);
  }
}
