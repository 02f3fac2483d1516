package it.ccse.anagrafica.web.file.editors;

import it.ccse.anagrafica.file.domain.changes.recipes.DeviceContacts;
import java.io.Serializable;

/** A delegate's contacts on one device as typed (MD-6, MD-7, MD-12). */
public class ContactsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String phone;
  private String fax;
  private String email;

  DeviceContacts contacts() {
    return new DeviceContacts(phone, fax, email);
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
}
