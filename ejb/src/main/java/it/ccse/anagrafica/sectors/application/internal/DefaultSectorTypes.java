package it.ccse.anagrafica.sectors.application.internal;

import it.ccse.anagrafica.sectors.application.SectorTypes;
import it.ccse.anagrafica.sectors.application.SectorViews.ServiceView;
import it.ccse.anagrafica.sectors.domain.SectorReferenceRepository;
import it.ccse.anagrafica.sectors.domain.SectorType;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;

/** SE-2 for staff: load the type at the version seen, ask it, write at once, audit. */
@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultSectorTypes implements SectorTypes {

  @Inject private SectorReferenceRepository references;
  @EJB private AuditTrail audit;
  @Resource private SessionContext context;

  @Override
  public List<SectorTypeRow> all() {
    return references.allTypes().stream().map(DefaultSectorTypes::row).toList();
  }

  @Override
  public SectorTypeRow create(String code, String label, boolean water) {
    var type = SectorType.create(code, label, water);
    references.store(type);
    return stored(type, "SECTOR_TYPE_CREATED");
  }

  @Override
  public SectorTypeRow rename(String code, long version, String label) {
    return change(code, version, t -> t.rename(label), "SECTOR_TYPE_RENAMED");
  }

  @Override
  public SectorTypeRow activate(String code, long version, boolean active) {
    return change(
        code,
        version,
        t -> t.activate(active),
        active ? "SECTOR_TYPE_ACTIVATED" : "SECTOR_TYPE_DEACTIVATED");
  }

  @Override
  public SectorTypeRow addService(
      String code, long version, String serviceCode, String serviceLabel) {
    return change(
        code, version, t -> t.addService(serviceCode, serviceLabel), "SECTOR_SERVICE_ADDED");
  }

  @Override
  public SectorTypeRow renameService(
      String code, long version, String serviceCode, String serviceLabel) {
    return change(
        code, version, t -> t.renameService(serviceCode, serviceLabel), "SECTOR_SERVICE_RENAMED");
  }

  private SectorTypeRow change(
      String code, long version, Consumer<SectorType> change, String event) {
    var type = references.type(code).orElseThrow(() -> new NotFoundException("sectorType.unknown"));
    if (type.getVersion() != version) {
      throw new ConflictException("sectorType.changed");
    }
    change.accept(type);
    return stored(type, event);
  }

  private SectorTypeRow stored(SectorType type, String event) {
    references.flush();
    audit.record(context.getCallerPrincipal().getName(), event, type.getCode(), type.getLabel());
    return row(type);
  }

  private static SectorTypeRow row(SectorType type) {
    return new SectorTypeRow(
        type.getCode(),
        type.getVersion(),
        type.getLabel(),
        type.isWater(),
        type.isActive(),
        type.getServices().stream().map(s -> new ServiceView(s.code(), s.label())).toList());
  }
}
