package it.ccse.anagrafica.practices.application.internal;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.file.application.FileAccess;
import it.ccse.anagrafica.file.application.FileAccess.Access;
import it.ccse.anagrafica.file.domain.CompanyFileRepository;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.PracticeRepository;
import it.ccse.anagrafica.practices.domain.Targets;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Whose practices, on what (RQ-1..RQ-3): the caller's company and scope as the file sees them
 * (VW-1: a delegate through the device in use), its targets, and its practices only — another
 * company's practice reads as not found.
 */
@Dependent
class PracticeAccess {

  /** The caller, their scope and what their company's practices act on. */
  record Caller(Access access, Targets targets) {

    long companyId() {
      return targets.company().getId();
    }

    String username() {
      return access.author();
    }
  }

  static final String UNKNOWN = "practice.unknown";

  @Inject private FileAccess files;
  @Inject private CompanyFileRepository fileRepository;
  @Inject private PracticeRepository practices;

  /** Whether the caller has a company file yet (a validated company, VW-1). */
  boolean isAvailable(String username, String device) {
    return files.isAvailable(username, device);
  }

  Caller resolve(String username, String device) {
    var access = files.resolve(username, device);
    return new Caller(access, targetsOf(access.file().getCompany()));
  }

  Targets targetsOf(Company company) {
    return new Targets(company, fileRepository.vehicles(company, null, 0, Integer.MAX_VALUE));
  }

  Practice practice(Caller caller, String practiceId) {
    return practices
        .find(caller.companyId(), practiceId)
        .orElseThrow(() -> new NotFoundException(UNKNOWN));
  }

  /**
   * A practice the caller acts on as they last saw it: the legal representative any of the
   * company's, a delegate only their own; one changed meanwhile is refused.
   */
  Practice practice(Caller caller, String practiceId, long version) {
    var practice = practice(caller, practiceId);
    if (!caller.access().scope().isWholeFile()
        && !practice.getProcessing().createdBy().equals(caller.username())) {
      throw new NotFoundException(UNKNOWN);
    }
    requireVersion(practice, version);
    return practice;
  }

  static void requireVersion(Practice practice, long version) {
    if (practice.getVersion() != version) {
      throw new ConflictException("practice.stateChanged");
    }
  }
}
