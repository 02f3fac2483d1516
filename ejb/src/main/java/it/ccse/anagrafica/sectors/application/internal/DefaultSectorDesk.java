package it.ccse.anagrafica.sectors.application.internal;

import it.ccse.anagrafica.company.application.CompanyOutcomes;
import it.ccse.anagrafica.company.application.CompanyOutcomes.Outcome;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.sectors.application.SectorDesk;
import it.ccse.anagrafica.sectors.domain.ActivitySector;
import it.ccse.anagrafica.sectors.domain.ActivitySectorRepository;
import it.ccse.anagrafica.sectors.domain.SectorField;
import it.ccse.anagrafica.sectors.domain.SectorState;
import it.ccse.anagrafica.sectors.domain.SectorType;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * AD-1 for sectors: staff act on the sector locked, one after the other; the company is told each
 * outcome by e-mail and notification, and it is audited.
 */
@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultSectorDesk implements SectorDesk {

  static final String SECTORS_PAGE = "/area/settori/index.xhtml";

  @Inject private ActivitySectorRepository sectors;
  @Inject private CompanyRepository companies;
  @Inject private SectorViewMapper mapper;
  @Inject private Clock clock;
  @Inject private CompanyOutcomes outcomes;

  @Inject
  @ConfigProperty(name = "anagrafica.public-url")
  private String publicUrl;

  @Override
  public List<QueuedSector> page(SectorState state, int first, int size) {
    return sectors.inState(state, first, size).stream().map(this::queued).toList();
  }

  @Override
  public long count(SectorState state) {
    return sectors.countInState(state);
  }

  @Override
  public QueuedSector find(String sectorId) {
    return queued(sent(sectors.find(sectorId)));
  }

  @Override
  public QueuedSector validate(String staff, String sectorId, long version) {
    var sector = locked(sectorId, version);
    var summary = SectorViewMapper.summary(queued(sector).sector());
    sector.validate(summary, staff, LocalDateTime.now(clock));
    return told(staff, sector, MailTemplate.SECTOR_VALIDATED);
  }

  @Override
  public QueuedSector reject(String staff, String sectorId, long version, String reason) {
    var sector = locked(sectorId, version);
    sector.reject(reason, staff, LocalDateTime.now(clock));
    return told(staff, sector, MailTemplate.SECTOR_REJECTED);
  }

  private ActivitySector locked(String sectorId, long version) {
    var sector = sent(sectors.findForUpdate(sectorId));
    if (sector.getVersion() != version) {
      throw new ConflictException("sector.stateChanged");
    }
    return sector;
  }

  /** Staff see only what a company sent them: a draft or a saved sector is its own. */
  private static ActivitySector sent(Optional<ActivitySector> sector) {
    return sector
        .filter(
            s ->
                s.getState() == SectorState.SUBMITTED
                    || s.getState() == SectorState.VALIDATED
                    || s.getState() == SectorState.REJECTED)
        .orElseThrow(() -> new NotFoundException("sector.unknown"));
  }

  private QueuedSector told(String staff, ActivitySector sector, MailTemplate template) {
    sectors.flush();
    var queued = queued(sector);
    String type = sector.type().map(SectorType::getLabel).orElse("");
    String reason = sector.getRejectionReason() == null ? "" : sector.getRejectionReason();
    var values =
        Map.of(
            "sector",
            type,
            "ragioneSociale",
            queued.companyName(),
            "reason",
            reason,
            "link",
            publicUrl + SECTORS_PAGE);
    outcomes.tell(
        new Outcome(
            sector.getCompanyId(),
            sector.getCreatedBy(),
            template,
            values,
            reason.isEmpty() ? type : reason,
            SECTORS_PAGE,
            staff,
            sector.getPublicId(),
            type));
    return queued;
  }

  private QueuedSector queued(ActivitySector sector) {
    var company = companies.get(sector.getCompanyId());
    var view = mapper.view(sector, company.getBankAccount());
    var before = sector.lastValidated();
    return new QueuedSector(
        company.getRagioneSociale(),
        company.getCodiceFiscale(),
        view,
        !before.isEmpty(),
        SectorField.differences(before, SectorViewMapper.summary(view)));
  }
}
