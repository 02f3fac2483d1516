package it.ccse.anagrafica.file.application;

import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.CompanyMembership;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.company.domain.DeviceState;
import it.ccse.anagrafica.file.application.internal.FileOpener;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.CompanyFileRepository;
import it.ccse.anagrafica.file.domain.EditScope;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who is asking, and for what (VW-1): the caller's own company file, never another one, and the
 * scope of what they may change. A delegate's company is the one of the device in use, among the
 * companies they accepted to act for (issue 15 finding 4); without a device they have none. The
 * file of a validated company is opened on first access.
 */
@Dependent
public class FileAccess {

  /** The caller's file and scope; {@code author} keys their pending change set. */
  public record Access(Account account, CompanyFile file, EditScope scope, String device) {

    public String author() {
      return account.getUsername();
    }
  }

  @Inject private AccountRepository accounts;
  @Inject private CompanyRepository companies;
  @Inject private CompanyFileRepository files;
  @EJB private FileOpener opener;

  /**
   * Whether the caller's company is validated, so that {@link #resolve} finds or opens its file.
   */
  public boolean isAvailable(String username, String device) {
    return accounts
        .findByUsername(username)
        .flatMap(a -> companyOf(a, device))
        .map(Company::isValidated)
        .orElse(false);
  }

  /**
   * The id of the company the caller acts for (the operator's, or the one of a delegate's device in
   * use), without opening its file; empty for staff and for a device not theirs.
   */
  public Optional<Long> companyId(String username, String device) {
    return accounts.findByUsername(username).flatMap(a -> companyOf(a, device)).map(Company::getId);
  }

  public Access resolve(String username, String device) {
    var account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new OutOfScopeException("file.noCompany"));
    Company company =
        companyOf(account, device)
            .orElseThrow(
                () ->
                    new OutOfScopeException(
                        isDelegate(account) && device != null
                            ? "file.unknownItem"
                            : "file.noCompany"));
    CompanyFile file = fileOf(company);
    // RQ-1 "Richiesta Cessazione Azienda" completed: the file stays readable, changes for none.
    var scope = company.isCeased() ? EditScope.readOnly() : scopeOf(account, file, device);
    return new Access(account, file, scope, device);
  }

  /**
   * The operator's company; for a delegate the company of the device in use if they accepted to act
   * for it: another company's device, an invited one's, or a revoked one (RQ-2: replaced, stolen,
   * its unit closed) is as unknown as a device that does not exist (out of scope, with the
   * not-found message).
   */
  private Optional<Company> companyOf(Account account, String device) {
    if (!isDelegate(account)) {
      return account.getCompanyId().flatMap(companies::find);
    }
    if (device == null) {
      return Optional.empty();
    }
    return files
        .findDevice(device)
        .filter(d -> d.state() != DeviceState.REVOKED)
        .map(d -> d.getSite().getCompany())
        .filter(
            c ->
                accounts
                    .findMembership(account, c.getId())
                    .filter(CompanyMembership::isAccepted)
                    .isPresent());
  }

  private static boolean isDelegate(Account account) {
    return account.getRoles().contains(Role.DELEGATE)
        && !account.getRoles().contains(Role.OPERATOR);
  }

  private static EditScope scopeOf(Account account, CompanyFile file, String device) {
    if (account.getRoles().contains(Role.OPERATOR)) {
      return EditScope.wholeFile();
    }
    if (!account.getRoles().contains(Role.DELEGATE)) {
      return EditScope.readOnly();
    }
    var inUse = file.device(device);
    boolean delegateOnIt =
        inUse.getDelegates().stream()
            .anyMatch(
                d -> d.getDelegate().getCodiceFiscale().equalsIgnoreCase(account.getUsername()));
    if (!delegateOnIt) {
      throw new OutOfScopeException("file.outOfScope");
    }
    return EditScope.siteOf(inUse);
  }

  public CompanyFile fileOf(Company company) {
    return files
        .ofCompany(company)
        .orElseGet(
            () -> {
              opener.open(company.getId());
              return files.ofCompany(company).orElseThrow();
            });
  }
}
