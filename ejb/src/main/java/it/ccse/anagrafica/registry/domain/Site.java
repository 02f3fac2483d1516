package it.ccse.anagrafica.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A place of the company: the registered office or a local unit, with its address. */
@Entity
@Table(name = "site")
public class Site {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_seq")
  @SequenceGenerator(name = "site_seq", sequenceName = "site_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SiteKind kind;

  @Column(nullable = false)
  private String name;

  private String street;

  @Column(name = "street_number")
  private String streetNumber;

  private String cap;

  @Column(name = "comune_istat_code")
  private String comuneIstatCode;

  @Column(name = "province_sigla")
  private String provinceSigla;

  @Column(name = "region_code")
  private String regionCode;

  @Column(name = "registry_code")
  private String registryCode;

  private Integer employees;

  protected Site() {}

  Site(Company company, SiteKind kind, String name) {
    this.company = company;
    this.kind = kind;
    this.name = name;
  }

  public void locate(
      String street,
      String streetNumber,
      String cap,
      String regionCode,
      String provinceSigla,
      String comuneIstatCode) {
    this.street = street;
    this.streetNumber = streetNumber;
    this.cap = cap;
    this.regionCode = regionCode;
    this.provinceSigla = provinceSigla;
    this.comuneIstatCode = comuneIstatCode;
  }

  public Long getId() {
    return id;
  }

  public SiteKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getStreet() {
    return street;
  }

  public String getStreetNumber() {
    return streetNumber;
  }

  public String getCap() {
    return cap;
  }

  public String getComuneIstatCode() {
    return comuneIstatCode;
  }

  public String getProvinceSigla() {
    return provinceSigla;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public String getRegistryCode() {
    return registryCode;
  }

  public Integer getEmployees() {
    return employees;
  }
}
