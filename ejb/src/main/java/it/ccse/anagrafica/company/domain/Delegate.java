package it.ccse.anagrafica.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A person acting for a site (MD-6). Contacts are not here: they belong to each device the delegate
 * is associated with (VW-3).
 */
@Entity
@Table(name = "delegate")
public class Delegate {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegate_seq")
  @SequenceGenerator(name = "delegate_seq", sequenceName = "delegate_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true)
  private String publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String surname;

  @Column(name = "codice_fiscale", nullable = false)
  private String codiceFiscale;

  protected Delegate() {}

  Delegate(Site site, String publicId, String name, String surname, String codiceFiscale) {
    this.site = site;
    this.publicId = publicId;
    this.name = name;
    this.surname = surname;
    this.codiceFiscale = codiceFiscale;
  }

  public String fullName() {
    return name + " " + surname;
  }

  public String label() {
    return fullName() + " (" + codiceFiscale + ")";
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

  public String getName() {
    return name;
  }

  public String getSurname() {
    return surname;
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }
}
