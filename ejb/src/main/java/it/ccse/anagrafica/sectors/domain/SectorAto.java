package it.ccse.anagrafica.sectors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A line of "Lista ATO" (SE-3): an ATO in which a service of a water sector is run. */
@Embeddable
public class SectorAto implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "service_code", nullable = false)
  private String serviceCode;

  @Column(name = "ato_code", nullable = false)
  private String atoCode;

  protected SectorAto() {}

  public SectorAto(String serviceCode, String atoCode) {
    this.serviceCode = Objects.requireNonNull(serviceCode);
    this.atoCode = Objects.requireNonNull(atoCode);
  }

  public String serviceCode() {
    return serviceCode;
  }

  public String atoCode() {
    return atoCode;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SectorAto that
        && serviceCode.equals(that.serviceCode)
        && atoCode.equals(that.atoCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(serviceCode, atoCode);
  }
}
