package it.ccse.anagrafica.sectors.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Tipologia" of an activity sector (SE-2): one of CCSE's sectors with its services, from a list
 * the back office maintains. Sectors keep its code, so a type is deactivated, never deleted. A
 * water type ("Servizio idrico integrato") asks for the ATOs of each service (SE-3) and registers
 * its services once (SE-7).
 */
@Entity
@Table(name = "sector_type")
public class SectorType {

  @Id private String code;

  @Version private long version;

  @Column(nullable = false)
  private String label;

  @Column(nullable = false)
  private boolean active;

  @Column(nullable = false)
  private boolean water;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sector_service", joinColumns = @JoinColumn(name = "sector_type_code"))
  @OrderColumn(name = "service_order")
  private List<SectorService> services = new ArrayList<>();

  protected SectorType() {}

  /** A type as the back office enters it, active at once. */
  public static SectorType of(String code, String label, boolean water, SectorService... services) {
    var type = new SectorType();
    type.code = code;
    type.label = label;
    type.water = water;
    type.active = true;
    type.services.addAll(List.of(services));
    return type;
  }

  public Optional<SectorService> service(String serviceCode) {
    return services.stream().filter(s -> s.code().equals(serviceCode)).findFirst();
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public boolean isActive() {
    return active;
  }

  /** Whether each service needs its ATOs (SE-3) and the services are registered once (SE-7). */
  public boolean isWater() {
    return water;
  }

  public List<SectorService> getServices() {
    return List.copyOf(services);
  }
}
