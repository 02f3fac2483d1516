package it.ccse.anagrafica.sectors.application.internal;

import it.ccse.anagrafica.documents.application.Attachments;
import it.ccse.anagrafica.documents.domain.AttachmentUse;
import it.ccse.anagrafica.sectors.application.ActivitySectors;
import it.ccse.anagrafica.sectors.application.SectorViews.AtoChoice;
import it.ccse.anagrafica.sectors.application.SectorViews.AtoView;
import it.ccse.anagrafica.sectors.application.SectorViews.ContactDetails;
import it.ccse.anagrafica.sectors.application.SectorViews.References;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorDetails;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorView;
import it.ccse.anagrafica.sectors.application.internal.SectorAccess.Caller;
import it.ccse.anagrafica.sectors.domain.ActivitySector;
import it.ccse.anagrafica.sectors.domain.ActivitySectorRepository;
import it.ccse.anagrafica.sectors.domain.ChosenAto;
import it.ccse.anagrafica.sectors.domain.LegalNature;
import it.ccse.anagrafica.sectors.domain.SectorContact;
import it.ccse.anagrafica.sectors.domain.SectorReferenceRepository;
import it.ccse.anagrafica.sectors.domain.SectorState;
import it.ccse.anagrafica.sectors.domain.SelfCertification;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * "Settori Attività", "Contatti", "Banche" (SE-1..SE-8, CO-1, BK-1): load, ask the sector, store.
 */
@Stateless
public class DefaultActivitySectors implements ActivitySectors {

  @Inject private SectorAccess access;
  @Inject private ActivitySectorRepository sectors;
  @Inject private SectorReferenceRepository references;
  @Inject private SectorViewMapper mapper;
  @Inject private Clock clock;
  @EJB private Attachments attachments;

  @Override
  public boolean isAvailable(String username, String device) {
    return access.isAvailable(username, device);
  }

  @Override
  public List<SectorView> list(String username, String device) {
    var caller = access.resolve(username, device);
    return sectors.ofCompany(caller.companyId()).stream()
        .map(s -> mapper.view(s, caller.companyBank()))
        .toList();
  }

  @Override
  public List<SectorView> rejected(String username, String device) {
    if (!isAvailable(username, device)) {
      return List.of();
    }
    return list(username, device).stream().filter(s -> s.state() == SectorState.REJECTED).toList();
  }

  @Override
  public SectorView find(String username, String device, String sectorId) {
    var caller = access.resolve(username, device);
    return mapper.view(access.sector(caller, sectorId), caller.companyBank());
  }

  @Override
  public References references() {
    return new References(
        references.activeTypes().stream().map(mapper::type).toList(),
        List.of(LegalNature.values()));
  }

  @Override
  public List<AtoView> atos(String regionCode) {
    return references.atos(regionCode, today()).stream()
        .map(a -> new AtoView(a.getCode(), a.getName(), a.getRegionCode()))
        .toList();
  }

  @Override
  public SectorView create(String username, String device) {
    var caller = access.changing(username, device);
    var sector = ActivitySector.draft(caller.companyId(), caller.username(), now());
    sectors.store(sector);
    return mapper.view(sector, caller.companyBank());
  }

  @Override
  public void discard(String username, String device, String sectorId) {
    var caller = access.changing(username, device);
    var sector = access.sector(caller, sectorId);
    if (sector.getState() != SectorState.DRAFT) {
      throw new NotFoundException(SectorAccess.UNKNOWN);
    }
    sector
        .selfCertification()
        .ifPresent(c -> attachments.discard(caller.companyId(), c.attachmentPublicId()));
    sectors.remove(sector);
  }

  @Override
  public SectorView save(
      String username, String device, String sectorId, long version, SectorDetails details) {
    var caller = access.changing(username, device);
    var sector = access.sector(caller, sectorId, version);
    sector.describe(
        details.startDate(),
        details.legalNature(),
        references.type(details.typeCode()).orElse(null),
        details.serviceCodes(),
        details.atos() == null ? List.of() : details.atos().stream().map(this::chosen).toList(),
        details.note(),
        today(),
        now());
    return stored(sector, caller);
  }

  @Override
  public SectorView addAto(
      String username, String device, String sectorId, long version, AtoChoice choice) {
    var caller = access.changing(username, device);
    var sector = access.sector(caller, sectorId, version);
    sector.addAto(chosen(choice), today());
    return stored(sector, caller);
  }

  @Override
  public SectorView removeAto(
      String username, String device, String sectorId, long version, AtoChoice choice) {
    var caller = access.changing(username, device);
    var sector = access.sector(caller, sectorId, version);
    sector.removeAto(choice.serviceCode(), choice.atoCode());
    return stored(sector, caller);
  }

  @Override
  public SectorView attachSelfCertification(
      String username, String device, String sectorId, String fileName, InputStream content) {
    var caller = access.changing(username, device);
    var sector = access.sector(caller, sectorId);
    // A sector that refuses it below rolls the stored attachment back with it.
    var stored =
        attachments.store(
            caller.companyId(), AttachmentUse.SELF_CERTIFICATION, fileName, content, username);
    sector
        .attach(new SelfCertification(stored.publicId(), stored.fileName()))
        .ifPresent(former -> attachments.discard(caller.companyId(), former.attachmentPublicId()));
    return stored(sector, caller);
  }

  @Override
  public SectorView removeSelfCertification(
      String username, String device, String sectorId, long version) {
    var caller = access.changing(username, device);
    var sector = access.sector(caller, sectorId, version);
    attachments.discard(caller.companyId(), sector.removeSelfCertification().attachmentPublicId());
    return stored(sector, caller);
  }

  @Override
  public SectorView addContact(
      String username, String device, String sectorId, long version, ContactDetails contact) {
    var caller = access.changing(username, device);
    var sector = access.sector(caller, sectorId, version);
    sector.addContact(contact(contact));
    return stored(sector, caller);
  }

  @Override
  public SectorView editContact(
      String username,
      String device,
      String sectorId,
      long version,
      String contactId,
      ContactDetails contact) {
    var caller = access.changing(username, device);
    var sector = access.sector(caller, sectorId, version);
    sector.editContact(contactId, contact(contact));
    return stored(sector, caller);
  }

  @Override
  public SectorView removeContact(
      String username, String device, String sectorId, long version, String contactId) {
    var caller = access.changing(username, device);
    var sector = access.sector(caller, sectorId, version);
    sector.removeContact(contactId);
    return stored(sector, caller);
  }

  @Override
  public SectorView overrideBank(
      String username, String device, String sectorId, long version, String iban, String bankName) {
    var caller = access.changing(username, device);
    var sector = access.sector(caller, sectorId, version);
    sector.overrideBank(iban, bankName);
    return stored(sector, caller);
  }

  @Override
  public SectorView resetBank(String username, String device, String sectorId, long version) {
    var caller = access.changing(username, device);
    var sector = access.sector(caller, sectorId, version);
    sector.resetBank();
    return stored(sector, caller);
  }

  @Override
  public SectorView submit(String username, String device, String sectorId, long version) {
    var caller = access.changing(username, device);
    var sector = access.sector(caller, sectorId, version);
    sector.submit(now());
    return stored(sector, caller);
  }

  /** An ATO named in the dialog; an unknown code is refused on the ATO field. */
  private ChosenAto chosen(AtoChoice choice) {
    var ato =
        references
            .ato(choice.atoCode())
            .orElseThrow(() -> new InvalidFieldException("ato", "sector.ato.unknown"));
    return new ChosenAto(choice.serviceCode(), ato);
  }

  private static SectorContact contact(ContactDetails details) {
    return SectorContact.of(
        details.name(), details.surname(), details.role(), details.phone(), details.email());
  }

  private SectorView stored(ActivitySector sector, Caller caller) {
    sectors.flush();
    return mapper.view(sector, caller.companyBank());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
