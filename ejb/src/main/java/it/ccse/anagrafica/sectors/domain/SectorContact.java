package it.ccse.anagrafica.sectors.domain;

import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.Phone;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A person CCSE may ask about a sector, "Contatti" (CO-1). Checked when entered, so every contact
 * kept is complete: name, surname and role, and a phone or an e-mail (at least one: CCSE must be
 * able to reach them, and the manual's form has both without saying which is required). Its id lets
 * "Lista contatti" edit and remove it.
 */
@Embeddable
public class SectorContact implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "contact_id", nullable = false)
  private String id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String surname;

  @Column(nullable = false)
  private String role;

  private String phone;

  private String email;

  protected SectorContact() {}

  /**
   * A new contact, its values normalised; a broken one is refused on its field ({@code
   * contactName}, {@code contactSurname}, {@code contactRole}, {@code contactPhone}, {@code
   * contactEmail}).
   */
  public static SectorContact of(
      String name, String surname, String role, String phone, String email) {
    var contact = new SectorContact();
    contact.id = UUID.randomUUID().toString();
    contact.name =
        InvalidFieldException.naming("contactName", () -> FreeText.PERSON_NAME.normalised(name));
    contact.surname =
        InvalidFieldException.naming(
            "contactSurname", () -> FreeText.PERSON_NAME.normalised(surname));
    contact.role =
        InvalidFieldException.naming("contactRole", () -> FreeText.CONTACT_ROLE.normalised(role));
    contact.phone =
        blank(phone)
            ? null
            : InvalidFieldException.naming("contactPhone", () -> Phone.of(phone).value());
    contact.email =
        blank(email)
            ? null
            : InvalidFieldException.naming("contactEmail", () -> Email.of(email).value());
    if (contact.phone == null && contact.email == null) {
      throw new InvalidFieldException("contactPhone", "sector.contact.phoneOrEmail");
    }
    return contact;
  }

  /** The same person's new values, under the same id. */
  SectorContact replacedBy(SectorContact values) {
    var contact = of(values.name, values.surname, values.role, values.phone, values.email);
    contact.id = id;
    return contact;
  }

  /** The same person with the same role, phone and e-mail, whatever the id. */
  public boolean sameAs(SectorContact other) {
    return name.equals(other.name)
        && surname.equals(other.surname)
        && role.equals(other.role)
        && Objects.equals(phone, other.phone)
        && Objects.equals(email, other.email);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String surname() {
    return surname;
  }

  public String role() {
    return role;
  }

  /** Null when only the e-mail was given. */
  public String phone() {
    return phone;
  }

  /** Null when only the phone was given. */
  public String email() {
    return email;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SectorContact that
        && id.equals(that.id)
        && name.equals(that.name)
        && surname.equals(that.surname)
        && role.equals(that.role)
        && Objects.equals(phone, that.phone)
        && Objects.equals(email, that.email);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
