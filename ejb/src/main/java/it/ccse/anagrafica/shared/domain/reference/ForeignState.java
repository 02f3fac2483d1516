package it.ccse.anagrafica.shared.domain.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A foreign state by its Belfiore code (Z...), the birthplace code of a person born abroad. */
@Entity
@Table(name = "ref_foreign_state")
@Cacheable
public class ForeignState {

  @Id
  @Column(name = "codice_belfiore")
  private String codiceBelfiore;

  private String name;

  @Column(name = "name_en")
  private String nameEn;

  private boolean active;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  protected ForeignState() {}

  public String getCodiceBelfiore() {
    return codiceBelfiore;
  }

  public String getName() {
    return name;
  }

  /** May be null. */
  public String getNameEn() {
    return nameEn;
  }

  /** False for states that no longer exist; their codes still appear in older codici fiscali. */
  public boolean isActive() {
    return active;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  /** Null while the state exists. */
  public LocalDate getValidTo() {
    return validTo;
  }
}
