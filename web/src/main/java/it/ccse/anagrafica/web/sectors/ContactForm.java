package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.SectorViews.ContactDetails;
import it.ccse.anagrafica.sectors.application.SectorViews.ContactView;
import java.io.Serializable;

/** "Inserisci contatto" (CO-1): a new contact, or the one of "Lista contatti" being edited. */
public class ContactForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String id;
  private String name;
  private String surname;
  private String role;
  private String phone;
  private String email;

  static ContactForm of(ContactView contact) {
    var form = new ContactForm();
    form.id = contact.id();
    form.name = contact.name();
    form.surname = contact.surname();
    form.role = contact.role();
    form.phone = contact.phone();
    form.email = contact.email();
    return form;
  }

  ContactDetails details() {
    return new ContactDetails(name, surname, role, phone, email);
  }

  /** The id of the contact being edited, null for a new one. */
  public String getId() {
    return id;
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

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
