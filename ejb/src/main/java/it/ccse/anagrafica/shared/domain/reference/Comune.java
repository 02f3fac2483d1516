package it.ccse.anagrafica.shared.domain.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;

/**
 * An active comune (ISTAT 2025). Province and region are plain codes, not associations, so the
 * entity can travel detached to the web tier without lazy loading.
 */
@Entity
@Table(name = "ref_comune")
@Cacheable
@NamedQuery(
    name = Comune.OF_PROVINCE,
    query = "SELECT c FROM Comune c WHERE c.provinceSigla = :provinceSigla ORDER BY c.name",
    hints = {
      @QueryHint(name = "eclipselink.query-results-cache", value = "true"),
      @QueryHint(name = "eclipselink.read-only", value = "true")
    })
public class Comune {

  public static final String OF_PROVINCE = "Comune.ofProvince";

  @Id
  @Column(name = "istat_code")
  private String istatCode;

  private String name;

  @Column(name = "codice_catastale")
  private String codiceCatastale;

  @Column(name = "codice_fiscale_ente")
  private String codiceFiscaleEnte;

  @Column(name = "province_sigla")
  private String provinceSigla;

  @Column(name = "region_code")
  private String regionCode;

  private String cap;

  private BigDecimal latitude;

  private BigDecimal longitude;

  protected Comune() {}

  /** The six-digit ISTAT code, e.g. "001272" for Torino. */
  public String getIstatCode() {
    return istatCode;
  }

  /** The official name, bilingual where the comune has two (e.g. "Aldino/Aldein"). */
  public String getName() {
    return name;
  }

  /** The Belfiore code used in codici fiscali, e.g. "L219". */
  public String getCodiceCatastale() {
    return codiceCatastale;
  }

  public String getCodiceFiscaleEnte() {
    return codiceFiscaleEnte;
  }

  public String getProvinceSigla() {
    return provinceSigla;
  }

  public String getRegionCode() {
    return regionCode;
  }

  /**
   * The postal codes of 2019-2020, empty for comuni created since: an address must use one of them
   * when there are any (see {@link it.ccse.anagrafica.shared.domain.Territory#capsOfComune}).
   */
  public List<String> getCaps() {
    return cap == null ? List.of() : List.of(cap.split(" "));
  }

  /** Approximate (geocoded), null when unknown: only a map's starting point. */
  public BigDecimal getLatitude() {
    return latitude;
  }

  /** Approximate (geocoded), null when unknown: only a map's starting point. */
  public BigDecimal getLongitude() {
    return longitude;
  }
}
