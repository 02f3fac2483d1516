package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.categories.domain.CategoryDetails;
import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.Obligation;
import it.ccse.anagrafica.categories.domain.obligations.ObligationRules;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/** A "categoria di iscrizione" of a site, with its details (MD-5, MD-10). */
@Entity
@Table(name = "category")
public class Category {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
  @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true)
  private String publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CategoryType type;

  @Column(name = "registry_code")
  private String registryCode;

  @Embedded private CategoryDetails details;

  /** VO-1: joined voluntarily although not mandatory; null = not decided. */
  private Boolean voluntary;

  protected Category() {}

  Category(Site site, String publicId, CategoryType type, CategoryDetails details) {
    this.site = site;
    this.publicId = publicId;
    this.type = type;
    this.details = details.forType(type);
  }

  void modify(CategoryDetails details) {
    this.details = details.forType(type);
  }

  /** VO-1 "Volontario". */
  public void joinVoluntarily() {
    this.voluntary = Boolean.TRUE;
  }

  /** MD-11: derived from the type, its details, the company's employees and NP-1. */
  public Obligation obligation() {
    return ObligationRules.of(
        type,
        getDetails(),
        site.getCompany().employeeThreshold().orElse(null),
        site.isNewProducer());
  }

  public boolean isJoinedVoluntarily() {
    return Boolean.TRUE.equals(voluntary);
  }

  /** Assigned when the change set that created it is signed. */
  void assignRegistryCode(String code) {
    this.registryCode = code;
  }

  /** "TIPO (codice ERP)" for summaries and reports. */
  public String label() {
    return type.code() + (registryCode == null ? " (nuova)" : " " + registryCode);
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public Site getSite() {
    return site;
  }

  public CategoryType getType() {
    return type;
  }

  public String getRegistryCode() {
    return registryCode;
  }

  public CategoryDetails getDetails() {
    return details == null ? CategoryDetails.none() : details;
  }
}
