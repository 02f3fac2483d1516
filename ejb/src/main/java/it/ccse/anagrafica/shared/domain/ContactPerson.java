package it.ccse.anagrafica.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.util.Objects;

/**
 * The company's contact person, "Referente" (CD-1, MD-3), in the columns {@code contact_*} of both
 * the company and its data rounds. A plain holder of what is typed: a draft may be half filled, so
 * the rules stay with whoever checks it ({@code CompanyDataCheck}, the change-set operations,
 * {@link Phone}, {@link Email}).
 *
 * <p>The fax is the file's only (MD-3): "Dati societari" neither ask for it nor review it, and
 * their rounds have no column for it. It is therefore not mapped here; the company keeps it in its
 * own {@code contact_fax} column and puts it into the contact person it hands out.
 */
@Embeddable
public class ContactPerson implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "contact_name")
  private String name;

  @Column(name = "contact_surname")
  private String surname;

  @Column(name = "contact_phone")
  private String phone;

  @Column(name = "contact_email")
  private String email;

  @Transient private String fax;

  public ContactPerson() {}

  public static ContactPerson of(
      String name, String surname, String phone, String fax, String email) {
    var contact = new ContactPerson();
    contact.name = name;
    contact.surname = surname;
    contact.phone = phone;
    contact.fax = fax;
    contact.email = email;
    return contact;
  }

  /** An instance of its own, so that no two owners share one. */
  public ContactPerson copy() {
    return of(name, surname, phone, fax, email);
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getFax() {
    return fax;
  }

  public void setFax(String fax) {
    this.fax = fax;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContactPerson that
        && Objects.equals(name, that.name)
        && Objects.equals(surname, that.surname)
        && Objects.equals(phone, that.phone)
        && Objects.equals(fax, that.fax)
        && Objects.equals(email, that.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, surname, phone, fax, email);
  }
}
