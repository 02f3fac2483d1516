package it.ccse.anagrafica.file.domain;

import it.ccse.anagrafica.company.domain.Device;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import java.io.Serializable;
import java.util.Optional;

/**
 * What the signed-in user may change (VW-1, MD-1): the legal representative (OPERATOR) acts on the
 * whole file; a DELEGATE only on the site of the device in use; CCSE staff change nothing here.
 */
public final class EditScope implements Serializable {

  private static final long serialVersionUID = 1L;

  private final boolean wholeFile;
  private final String sitePublicId;

  private EditScope(boolean wholeFile, String sitePublicId) {
    this.wholeFile = wholeFile;
    this.sitePublicId = sitePublicId;
  }

  public static EditScope wholeFile() {
    return new EditScope(true, null);
  }

  /** The delegate's scope: the site of the device they chose after login. */
  public static EditScope siteOf(Device deviceInUse) {
    return new EditScope(false, deviceInUse.getSite().getPublicId());
  }

  public static EditScope readOnly() {
    return new EditScope(false, null);
  }

  /** A closed unit, or any site of a ceased company, is read-only history (RQ-1). */
  public boolean allows(Site site) {
    return !site.isClosed()
        && !site.getCompany().isCeased()
        && (wholeFile || site.getPublicId().equals(sitePublicId));
  }

  /** Company data and new local units are the legal representative's (MD-3, MD-12). */
  public boolean allowsCompanyLevel() {
    return wholeFile;
  }

  /** Whether a change to this site, or to company data when empty, is the caller's. */
  public boolean permits(Optional<Site> site) {
    return site.map(this::allows).orElse(wholeFile);
  }

  public void require(Optional<Site> site) {
    if (site.isPresent() && site.get().isClosed()) {
      throw new InvalidValueException("file.siteClosed", site.get().getName());
    }
    if (!permits(site)) {
      throw new OutOfScopeException("file.outOfScope");
    }
  }

  /**
   * TH-1: the employee threshold is declared by any user of the company, the legal representative
   * or a delegate of any unit (SISTRI guide §9.1), but not by CCSE staff.
   */
  public void requireCompanyUser() {
    if (!wholeFile && sitePublicId == null) {
      throw new OutOfScopeException("file.outOfScope");
    }
  }

  public boolean isWholeFile() {
    return wholeFile;
  }

  public Optional<String> sitePublicId() {
    return Optional.ofNullable(sitePublicId);
  }
}
