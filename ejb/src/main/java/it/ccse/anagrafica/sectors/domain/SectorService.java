package it.ccse.anagrafica.sectors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * One service of a sector type, "Dettaglio/Servizi" (SE-2): acquedotto, fognatura, depurazione of
 * the water service. Its code is what a sector keeps.
 */
@Embeddable
public class SectorService implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String label;

  protected SectorService() {}

  public SectorService(String code, String label) {
    this.code = Objects.requireNonNull(code);
    this.label = Objects.requireNonNull(label);
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SectorService that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
