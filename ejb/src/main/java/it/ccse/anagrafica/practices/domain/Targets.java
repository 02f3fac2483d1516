package it.ccse.anagrafica.practices.domain;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.Device;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.company.domain.Vehicle;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a company's practices act on, as the service loads it: the company aggregate and its
 * vehicles, which the aggregate does not reach. Targets are offered from here and a completed
 * practice changes them.
 */
public record Targets(Company company, List<Vehicle> vehicles) {

  public Targets {
    if (vehicles.stream().anyMatch(v -> v.company() != company)) {
      throw new IllegalArgumentException("Vehicles of another company");
    }
    vehicles = List.copyOf(vehicles);
  }

  public Site site(String publicId) {
    return company.getSites().stream()
        .filter(s -> s.getPublicId().equals(publicId))
        .findFirst()
        .orElseThrow(Targets::unknown);
  }

  public Device device(String publicId) {
    return find(s -> s.device(publicId));
  }

  public Vehicle vehicle(String plate) {
    return vehicles.stream()
        .filter(v -> v.getPlate().equalsIgnoreCase(plate))
        .findFirst()
        .orElseThrow(Targets::unknown);
  }

  private <T> T find(Function<Site, Optional<T>> lookup) {
    return company.getSites().stream()
        .map(lookup)
        .flatMap(Optional::stream)
        .findFirst()
        .orElseThrow(Targets::unknown);
  }

  private static NotFoundException unknown() {
    return new NotFoundException("file.unknownItem");
  }
}
