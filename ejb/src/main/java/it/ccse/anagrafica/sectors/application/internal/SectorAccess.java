package it.ccse.anagrafica.sectors.application.internal;

import it.ccse.anagrafica.file.application.FileAccess;
import it.ccse.anagrafica.sectors.domain.ActivitySector;
import it.ccse.anagrafica.sectors.domain.ActivitySectorRepository;
import it.ccse.anagrafica.shared.domain.BankAccount;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Whose sectors (SE-1, CO-1, BK-1): the caller's company as the file sees it (VW-1), once CCSE has
 * validated its data. Everyone of the company reads its sectors; only the legal representative (the
 * whole file's scope) changes them; another company's sector reads as not found.
 */
@Dependent
class SectorAccess {

  /** The caller's company with its account from "Dati societari", and whether they may change. */
  record Caller(long companyId, String username, boolean mayChange, BankAccount companyBank) {}

  static final String UNKNOWN = "sector.unknown";

  @Inject private FileAccess files;
  @Inject private ActivitySectorRepository sectors;

  boolean isAvailable(String username, String device) {
    return files.isAvailable(username, device);
  }

  /** SE-1: refused until CCSE has validated the company data. */
  Caller resolve(String username, String device) {
    if (!files.isAvailable(username, device)) {
      throw new OutOfScopeException("sector.companyNotValidated");
    }
    var access = files.resolve(username, device);
    var company = access.file().getCompany();
    return new Caller(
        company.getId(), access.author(), access.scope().isWholeFile(), company.getBankAccount());
  }

  /** The caller as one who changes the company's sectors: the legal representative. */
  Caller changing(String username, String device) {
    var caller = resolve(username, device);
    if (!caller.mayChange()) {
      throw new OutOfScopeException("sector.legalRepresentativeOnly");
    }
    return caller;
  }

  ActivitySector sector(Caller caller, String sectorId) {
    return sectors
        .find(caller.companyId(), sectorId)
        .orElseThrow(() -> new NotFoundException(UNKNOWN));
  }

  /** A sector as the caller last saw it; one changed meanwhile is refused. */
  ActivitySector sector(Caller caller, String sectorId, long version) {
    var sector = sector(caller, sectorId);
    if (sector.getVersion() != version) {
      throw new ConflictException("sector.stateChanged");
    }
    return sector;
  }
}
