package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.CompanyFileRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Opens the file of a validated company on first access (VW-2) and gives registry codes ("Codice
 * ERP") to what a file registers.
 */
@Stateless
public class FileOpener {

  @Inject private CompanyRepository companies;
  @Inject private CompanyFileRepository files;
  @Inject private Clock clock;

  /**
   * Committed at once, in a transaction of its own: the rehearsals of changes (their own
   * transactions too) must find the file.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void open(Long companyId) {
    var company = companies.get(companyId);
    if (files.ofCompany(company).isEmpty()) {
      newFile(company);
    }
  }

  /** In the caller's transaction: the demo seed furnishes a company it has just created. */
  public CompanyFile newFile(Company company) {
    LocalDateTime now = LocalDateTime.now(clock);
    var file =
        new CompanyFile(company, files.nextFileCode(now.getYear()), files.nextRegistryCode(), now);
    assignRegistryCodes(file);
    return files.store(file);
  }

  public void assignRegistryCodes(CompanyFile file) {
    for (Site site : file.sites()) {
      if (site.getRegistryCode() == null) {
        site.assignRegistryCode(files.nextRegistryCode());
      }
      site.getCategories().stream()
          .filter(c -> c.getRegistryCode() == null)
          .forEach(c -> site.assignRegistryCode(c, files.nextRegistryCode()));
    }
  }
}
