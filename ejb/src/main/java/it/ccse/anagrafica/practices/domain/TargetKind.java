package it.ccse.anagrafica.practices.domain;

import it.ccse.anagrafica.company.domain.Device;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.company.domain.Vehicle;
import it.ccse.anagrafica.file.domain.EditScope;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * What a practice is filed on, and which of those are eligible for the caller (RQ-1..RQ-3): only
 * what the caller's scope may change (the sites of the device in use for a delegate), never a
 * closed unit or anything of a ceased company.
 */
public enum TargetKind {
  /** A local unit, never the registered office. */
  LOCAL_UNIT(
      (targets, scope) ->
          sites(targets, scope)
              .filter(s -> !s.isRegisteredOffice())
              .map(s -> new PracticeTarget(s.getPublicId(), s.getName()))),
  /** The company itself: the legal representative's. */
  COMPANY(
      (targets, scope) ->
          scope.allowsCompanyLevel() && !targets.company().isCeased()
              ? Stream.of(
                  new PracticeTarget(
                      targets.company().getCodiceFiscale(), targets.company().getRagioneSociale()))
              : Stream.empty()),
  /** An active device: never a requested or a revoked one. */
  DEVICE(
      (targets, scope) ->
          sites(targets, scope)
              .flatMap(s -> s.getDevices().stream())
              .filter(Device::isActive)
              .map(d -> new PracticeTarget(d.getPublicId(), d.getSerial()))),
  /** A vehicle of a transport category whose black box is installed. */
  VEHICLE(
      (targets, scope) ->
          targets.vehicles().stream()
              .filter(v -> scope.allows(v.getTransportCategory().getSite()))
              .filter(Vehicle::hasBlackBoxInstalled)
              .map(v -> new PracticeTarget(v.getPlate(), v.getPlate()))),
  /** A device requested by a signed change (RQ-2b): the change names it, no menu offers it. */
  REQUESTED_DEVICE((targets, scope) -> Stream.empty()),
  /** The year of an annual contribution (PY-1): "Contributi annuali" offers it, no menu. */
  YEAR((targets, scope) -> Stream.empty());

  private final BiFunction<Targets, EditScope, Stream<PracticeTarget>> eligible;

  TargetKind(BiFunction<Targets, EditScope, Stream<PracticeTarget>> eligible) {
    this.eligible = eligible;
  }

  /** The eligible targets of this kind, in the order of the file. */
  public List<PracticeTarget> eligible(Targets targets, EditScope scope) {
    return eligible.apply(targets, scope).toList();
  }

  /** How a target reads on pages and reports, also once it is no longer eligible. */
  public String name(Targets targets, String id) {
    var sites = targets.company().getSites().stream();
    return switch (this) {
      case LOCAL_UNIT ->
          sites.filter(s -> s.getPublicId().equals(id)).findFirst().map(Site::getName).orElse(id);
      case COMPANY -> targets.company().getRagioneSociale();
      case DEVICE, REQUESTED_DEVICE ->
          sites
              .flatMap(s -> s.getDevices().stream())
              .filter(d -> d.getPublicId().equals(id))
              .findFirst()
              .map(d -> d.label() + " – " + d.getSite().getName())
              .orElse(id);
      case VEHICLE -> id;
      case YEAR -> "Anno " + id;
    };
  }

  private static Stream<Site> sites(Targets targets, EditScope scope) {
    return targets.company().getSites().stream().filter(scope::allows);
  }
}
