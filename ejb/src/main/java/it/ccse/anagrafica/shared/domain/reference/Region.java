package it.ccse.anagrafica.shared.domain.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/** An Italian region (ISTAT 2025). */
@Entity
@Table(name = "ref_region")
@Cacheable
@NamedQuery(
    name = Region.ALL,
    query = "SELECT r FROM Region r ORDER BY r.name",
    // Reference data changes only through migrations: cache the results, skip change tracking.
    hints = {
      @QueryHint(name = "eclipselink.query-results-cache", value = "true"),
      @QueryHint(name = "eclipselink.read-only", value = "true")
    })
public class Region {

  public static final String ALL = "Region.all";

  @Id private String code;

  private String name;

  @Column(name = "special_statute")
  private boolean specialStatute;

  @Column(name = "codice_fiscale")
  private String codiceFiscale;

  private String nuts2;

  @Column(name = "macro_area")
  private String macroArea;

  protected Region() {}

  /** The two-digit ISTAT code, e.g. "01" for Piemonte. */
  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public boolean isSpecialStatute() {
    return specialStatute;
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  /** Null for Trentino-Alto Adige, whose NUTS 2 units are its two autonomous provinces. */
  public String getNuts2() {
    return nuts2;
  }

  /** ISTAT's ripartizione: Nord-ovest, Nord-est, Centro, Sud, Isole. */
  public String getMacroArea() {
    return macroArea;
  }
}
