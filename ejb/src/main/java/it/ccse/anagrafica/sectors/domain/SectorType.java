package it.ccse.anagrafica.sectors.domain;

import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
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
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Tipologia" of an activity sector (SE-2): one of CCSE's sectors with its services, from a list
 * the back office maintains. Sectors keep its code, so a type is deactivated, never deleted. A
 * water type ("Servizio idrico integrato") asks for the ATOs of each service (SE-3) and registers
 * its services once (SE-7).
 */
@Entity
@Table(name = "sector_type")
public class SectorType {

  /** What a sector keeps: short, stable, fit for a CSV of the legacy registry (ON-7). */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

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

  /**
   * "Nuova tipologia" of the back office: a code of capitals, digits and {@code _} that sectors
   * keep, and a label; its services are added one by one.
   */
  public static SectorType create(String code, String label, boolean water) {
    var type = new SectorType();
    type.code = code(code, "typeCode");
    type.label = label(label, "typeLabel");
    type.water = water;
    type.active = true;
    return type;
  }

  /** A new label: sectors show it from now on, their code is unchanged. */
  public void rename(String label) {
    this.label = label(label, "label");
  }

  /** A deactivated type is no longer offered for a new sector; those holding it keep it. */
  public void activate(boolean active) {
    this.active = active;
  }

  /** "Dettaglio/Servizi": another service, offered to new and draft sectors of this type. */
  public void addService(String code, String label) {
    String checked = code(code, "serviceCode");
    if (service(checked).isPresent()) {
      throw new InvalidFieldException("serviceCode", "sectorType.service.duplicate", checked);
    }
    services.add(new SectorService(checked, label(label, "serviceLabel")));
  }

  /** A service's new label; sectors keep its code. */
  public void renameService(String code, String label) {
    var service =
        service(code).orElseThrow(() -> new NotFoundException("sectorType.service.unknown"));
    services.set(services.indexOf(service), new SectorService(code, label(label, "serviceLabel")));
  }

  private static String code(String code, String field) {
    String trimmed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (trimmed.isEmpty()) {
      throw new InvalidFieldException(field, "validation.required");
    }
    if (!CODE.matcher(trimmed).matches()) {
      throw new InvalidFieldException(field, "sectorType.code.format");
    }
    return trimmed;
  }

  private static String label(String label, String field) {
    return InvalidFieldException.naming(field, () -> FreeText.SECTOR_LABEL.normalised(label));
  }

  public Optional<SectorService> service(String serviceCode) {
    return services.stream().filter(s -> s.code().equals(serviceCode)).findFirst();
  }

  public String getCode() {
    return code;
  }

  public long getVersion() {
    return version;
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
