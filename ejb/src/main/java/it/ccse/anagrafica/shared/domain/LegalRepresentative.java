package it.ccse.anagrafica.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * The person who signs for a company (CD-1, MD-3; CD-2 compares the signer's codice fiscale with
 * this one), in the columns {@code legal_rep_*} of both the company and its data rounds. A plain
 * holder of what is typed: a draft may be half filled, so the rules stay with whoever checks it
 * ({@code CompanyDataCheck}, the change-set operations, {@link CodiceFiscale}).
 */
@Embeddable
public class LegalRepresentative implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "legal_rep_name")
  private String name;

  @Column(name = "legal_rep_surname")
  private String surname;

  @Column(name = "legal_rep_codice_fiscale")
  private String codiceFiscale;

  public LegalRepresentative() {}

  public static LegalRepresentative of(String name, String surname, String codiceFiscale) {
    var representative = new LegalRepresentative();
    representative.name = name;
    representative.surname = surname;
    representative.codiceFiscale = codiceFiscale;
    return representative;
  }

  /** An instance of its own, so that no two owners share one. */
  public LegalRepresentative copy() {
    return of(name, surname, codiceFiscale);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSurname() {
    return surname;
  }

  public void setSurname(String surname) {
    this.surname = surname;
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  public void setCodiceFiscale(String codiceFiscale) {
    this.codiceFiscale = codiceFiscale;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LegalRepresentative that
        && Objects.equals(name, that.name)
        && Objects.equals(surname, that.surname)
        && Objects.equals(codiceFiscale, that.codiceFiscale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, surname, codiceFiscale);
  }
}
