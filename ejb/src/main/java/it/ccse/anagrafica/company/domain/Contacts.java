package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.Phone;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * How to reach a delegate in the role they hold on one device (VW-3: contacts may differ from
 * device to device). At least one channel is required (MD-12); each one given must be a valid
 * number or address.
 */
@Embeddable
public class Contacts implements Serializable {

  private static final long serialVersionUID = 1L;

  private String phone;
  private String fax;
  private String email;

  protected Contacts() {}

  public Contacts(String phone, String fax, String email) {
    this.phone = optional("phone", phone, v -> Phone.of(v).value());
    this.fax = optional("fax", fax, v -> Phone.of(v).value());
    this.email = optional("email", email, v -> Email.of(v).value());
    if (Stream.of(this.phone, this.fax, this.email).allMatch(Objects::isNull)) {
      throw new InvalidFieldException("phone", "file.contactRequired");
    }
  }

  /** Blank is null; a value goes through its rule, and a failure names the field. */
  private static String optional(String field, String value, UnaryOperator<String> rule) {
    return value == null || value.isBlank()
        ? null
        : InvalidFieldException.naming(field, () -> rule.apply(value));
  }

  /** The same contacts for another device (RQ-2): an embedded value belongs to one row. */
  Contacts copy() {
    var copy = new Contacts();
    copy.phone = phone;
    copy.fax = fax;
    copy.email = email;
    return copy;
  }

  public String summary() {
    return String.join(
        ", ",
        Stream.of(phone == null ? null : "tel. " + phone, fax == null ? null : "fax " + fax, email)
            .filter(Objects::nonNull)
            .toList());
  }

  public String getPhone() {
    return phone;
  }

  public String getFax() {
    return fax;
  }

  public String getEmail() {
    return email;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contacts c
        && Objects.equals(phone, c.phone)
        && Objects.equals(fax, c.fax)
        && Objects.equals(email, c.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(phone, fax, email);
  }
}
