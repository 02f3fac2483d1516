package it.ccse.anagrafica.shared.domain.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/**
 * A province or equivalent (metropolitan city, free consortium, ...): ISTAT's territorial unit of
 * 2025, keyed by its sigla.
 */
@Entity
@Table(name = "ref_province")
@Cacheable
@NamedQuery(
    name = Province.OF_REGION,
    query = "SELECT p FROM Province p WHERE p.regionCode = :regionCode ORDER BY p.name",
    hints = {
      @QueryHint(name = "eclipselink.query-results-cache", value = "true"),
      @QueryHint(name = "eclipselink.read-only", value = "true")
    })
public class Province {

  public static final String OF_REGION = "Province.ofRegion";

  @Id private String sigla;

  @Column(name = "codice_uts")
  private String codiceUts;

  @Column(name = "historical_code")
  private String historicalCode;

  private String name;

  private String kind;

  @Column(name = "codice_fiscale")
  private String codiceFiscale;

  @Column(name = "region_code")
  private String regionCode;

  protected Province() {}

  /** The two-letter abbreviation, e.g. "TO". */
  public String getSigla() {
    return sigla;
  }

  /** ISTAT's code of the territorial unit, e.g. "201" for the metropolitan city of Torino. */
  public String getCodiceUts() {
    return codiceUts;
  }

  /** The province part of its comuni's ISTAT codes, e.g. "001" for Torino. */
  public String getHistoricalCode() {
    return historicalCode;
  }

  public String getName() {
    return name;
  }

  /** The province as lists and pages name it, e.g. "Torino (TO)". */
  public String label() {
    return name + " (" + sigla + ")";
  }

  /** ISTAT's type of unit, e.g. "provincia", "citta metropolitana". */
  public String getKind() {
    return kind;
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  public String getRegionCode() {
    return regionCode;
  }
}
